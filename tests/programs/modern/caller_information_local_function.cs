// [CallerMemberName] in a local function (C# 7) names the member the function is declared
// in, as for a lambda.
using System;
using System.Runtime.CompilerServices;

class Program
{
    static string Who([CallerMemberName] string member = "") { return member; }

    static int Count
    {
        get
        {
            string Inner() { return Who(); }
            Console.WriteLine(Inner());
            return 1;
        }
    }

    static void Main()
    {
        string Local() { return Who(); }
        string Deeper() { string Innermost() { return Who(); } return Innermost(); }
        Console.WriteLine(Local());
        Console.WriteLine(Deeper());
        Console.WriteLine(Count);
    }
}
// hand-checked: C# 7 local functions, which mcs does not compile; Roslyn gives the
// enclosing member's name, as the C# spec's caller-information section says.
// expect: Main
// expect: Main
// expect: Count
// expect: 1
