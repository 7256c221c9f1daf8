// In `x op= y`, `x++` and `x--` the target is evaluated once (C# spec
// §12.21.4), whatever the operator: nullable values, enums and
// user-defined operators, whose assignments read and write the target
// separately, still call an index or receiver expression only once.
using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2 }

struct Money
{
    public int Cents;
    public Money(int c) { Cents = c; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static Money operator ++(Money a) { return new Money(a.Cents + 1); }
}

class Box
{
    public int? Count;
    public Perm Perm;
    public Money Total;
}

struct Cell
{
    public int? Value;
}

class Program
{
    static int calls;
    static int Index() { calls++; return 0; }
    static Box shared = new Box();
    static Box Get() { calls++; return shared; }

    static void Main()
    {
        short?[] s = { 3 };
        var old = s[Index()]++;
        Console.WriteLine(old + " " + s[0] + " " + calls);
        --s[Index()];
        s[Index()] += 10;
        Console.WriteLine(s[0] + " " + calls);

        Get().Count = 1;
        Get().Count++;
        Get().Count *= 5;
        Console.WriteLine(shared.Count + " " + calls);

        Perm[] perms = { Perm.None };
        perms[Index()] |= Perm.Write;
        perms[Index()]++;
        Get().Perm |= Perm.Read;
        Console.WriteLine(perms[0] + " " + shared.Perm + " " + calls);

        Money[] wallet = { new Money(5) };
        wallet[Index()] += new Money(7);
        wallet[Index()]++;
        Get().Total += new Money(2);
        Console.WriteLine(wallet[0].Cents + " " + shared.Total.Cents + " " + calls);

        Cell[] cells = new Cell[1];
        cells[Index()].Value = 4;
        cells[Index()].Value++;
        cells[Index()].Value -= 2;
        Console.WriteLine(cells[0].Value + " " + calls);

        int?[,] grid = new int?[2, 2];
        grid[Index(), 1] = 8;
        grid[Index(), 1]--;
        Console.WriteLine(grid[0, 1] + " " + calls);
    }
}
// expect: 3 4 1
// expect: 13 3
// expect: 10 6
// expect: Read, Write Read 9
// expect: 13 2 12
// expect: 3 15
// expect: 7 17
