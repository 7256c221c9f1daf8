// A switch expression with no matching arm throws: on ints, strings, enums and objects, caught and reported by type name, arms evaluated before the failure still print their guards, and a final unmatched switch goes unhandled. Sharp throws InvalidOperationException, as Roslyn does where SwitchExpressionException is missing: no single assembly reference finds that subclass on both Mono and .NET Core 3.1.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on Mono 6.8 from Sharp's build
// throws: System.InvalidOperationException
using System;

enum Suit { Hearts, Spades, Clubs }

class Program
{
    static string Roman(int n) => n switch { 1 => "I", 5 => "V", 10 => "X" };
    static int Points(Suit s) => s switch { Suit.Hearts => 1, Suit.Spades => 13 };
    static string Kind(object o) => o switch
    {
        int i when Log("int guard") && i > 100 => "big int",
        string { Length: 0 } => "empty",
    };
    static bool Log(string m) { Console.WriteLine(m); return true; }

    static void Try(Func<string> f)
    {
        try { Console.WriteLine(f()); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.GetType().Name + " " + (e is InvalidOperationException)); }
    }

    static void Main()
    {
        Try(() => Roman(5));
        Try(() => Roman(4));
        Try(() => Points(Suit.Spades).ToString());
        Try(() => Points(Suit.Clubs).ToString());
        Try(() => Points((Suit)7).ToString());
        Try(() => Kind(500));
        Try(() => Kind(5));
        Try(() => Kind(""));
        Try(() => Kind(null));
        Console.WriteLine("last");
        Console.WriteLine(Roman(0));
    }
}
// expect: V
// expect: caught InvalidOperationException True
// expect: 13
// expect: caught InvalidOperationException True
// expect: caught InvalidOperationException True
// expect: int guard
// expect: big int
// expect: int guard
// expect: caught InvalidOperationException True
// expect: empty
// expect: caught InvalidOperationException True
// expect: last
