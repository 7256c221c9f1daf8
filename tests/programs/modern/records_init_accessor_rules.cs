// Where init accessors and record copies run code: a user-written copy constructor runs the field initializers (the one the compiler writes does not), an init accessor may assign readonly fields, and an init indexer is set from an object initializer.
// hand-checked: C# 9 init accessors and records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;

record Stamped(int X)
{
    public static int Runs;
    public int Stamp = ++Runs;
    protected Stamped(Stamped original) { X = original.X; }
}

record Plain(int X)
{
    public static int Runs;
    public int Stamp = ++Runs;
}

class Doubler
{
    private readonly int x;
    public int X { get => x; init { x = value * 2; } }
}

class Grid
{
    private readonly int[] cells = new int[4];
    public int this[int i] { get => cells[i]; init => cells[i] = value; }
}

class Program
{
    static void Main()
    {
        var a = new Stamped(1);
        var b = a with { X = 2 };
        Console.WriteLine($"{a.Stamp} {b.Stamp} {Stamped.Runs} {b.X}");
        var p = new Plain(1);
        var q = p with { X = 2 };
        Console.WriteLine($"{p.Stamp} {q.Stamp} {Plain.Runs} {q}");
        var d = new Doubler { X = 21 };
        Console.WriteLine(d.X);
        var g = new Grid { [0] = 7, [3] = 9 };
        Console.WriteLine(g[0] + g[3]);
    }
}
// expect: 1 2 2 2
// expect: 1 1 1 Plain { X = 2, Stamp = 1 }
// expect: 42
// expect: 16
