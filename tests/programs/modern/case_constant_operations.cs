// Case labels that are constant expressions with operators (`case F.A | F.B:`, `case long.MaxValue - 1:`, `case 2 + 3:`), discards in out arguments (`out var _`, `out int _`), and nameof of instance members from a static method.
using System;

[Flags]
enum Access { Read = 1, Write = 2, Execute = 4 }

class Account { public string Owner = ""; public int Balance; }

class Program
{
    static string Describe(Access a)
    {
        switch (a)
        {
            case Access.Read: return "read-only";
            case Access.Read | Access.Write: return "read-write";
            case Access.Read | Access.Write | Access.Execute: return "everything";
            default: return "other " + (int)a;
        }
    }

    static string Size(long n)
    {
        switch (n)
        {
            case long.MaxValue - 1: return "almost max";
            case 2 + 3: return "five";
            case -1: return "minus one";
            default: return "some";
        }
    }

    static void Main()
    {
        Console.WriteLine(Describe(Access.Read)); // expect: read-only
        Console.WriteLine(Describe(Access.Read | Access.Write)); // expect: read-write
        Console.WriteLine(Describe(Access.Read | Access.Write | Access.Execute)); // expect: everything
        Console.WriteLine(Describe(Access.Execute)); // expect: other 4
        Console.WriteLine(Size(5) + ", " + Size(long.MaxValue - 1) + ", " + Size(-1) + ", " + Size(7)); // expect: five, almost max, minus one, some
        bool ok = int.TryParse("42", out var _) && int.TryParse("7", out int _);
        Console.WriteLine(ok); // expect: True
        Console.WriteLine(nameof(Account.Owner) + " " + nameof(Account.Balance)); // expect: Owner Balance
    }
}
