// Positional patterns (p, q) on classes and structs with a Deconstruct method: constants, var and discard sub-patterns, relational sub-patterns, nested property patterns inside a position, in switch expressions, is expressions and switch statements with case guards.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

struct Point
{
    public int X { get; }
    public int Y { get; }
    public Point(int x, int y) { X = x; Y = y; }
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
}

class Range
{
    public int Lo, Hi;
    public Range(int lo, int hi) { Lo = lo; Hi = hi; }
    public void Deconstruct(out int lo, out int hi) { lo = Lo; hi = Hi; }
}

class Program
{
    static string Quadrant(Point p) => p switch
    {
        (0, 0) => "origin",
        (0, _) => "on y axis",
        (_, 0) => "on x axis",
        (> 0, > 0) => "Q1",
        (< 0, > 0) => "Q2",
        (< 0, < 0) => "Q3",
        (var x, var y) when x == -y => "Q4 diagonal",
        _ => "Q4",
    };

    static string Width(Range r) => r switch
    {
        null => "none",
        (var lo, var hi) when hi < lo => "inverted",
        (_, 100) => "to hundred",
        _ => (r.Hi - r.Lo).ToString(),
    };

    static void Main()
    {
        var pts = new[] { new Point(0, 0), new Point(0, 5), new Point(-2, 0), new Point(1, 1), new Point(-1, 3), new Point(-4, -4), new Point(3, -3), new Point(3, -1) };
        foreach (var p in pts)
            Console.WriteLine($"({p.X},{p.Y}) {Quadrant(p)}");

        Console.WriteLine(Width(new Range(2, 9)));
        Console.WriteLine(Width(new Range(5, 1)));
        Console.WriteLine(Width(new Range(0, 100)));
        Console.WriteLine(Width(null));

        object o = new Point(7, 1);
        if (o is Point { X: 7 } && o is Point pt && pt is (7, var y))
            Console.WriteLine("seven with y=" + y);
        Point q = new Point(4, 4);
        Console.WriteLine(q is (4, 4) ? "four-four" : "other");
        Console.WriteLine(q is (_, 3) ? "y3" : "not y3");

        switch (new Range(1, 100))
        {
            case (0, _):
                Console.WriteLine("from zero");
                break;
            case (var lo, var hi) when hi > 50:
                Console.WriteLine($"wide {lo}..{hi}");
                break;
            default:
                Console.WriteLine("narrow");
                break;
        }
    }
}
// expect: (0,0) origin
// expect: (0,5) on y axis
// expect: (-2,0) on x axis
// expect: (1,1) Q1
// expect: (-1,3) Q2
// expect: (-4,-4) Q3
// expect: (3,-3) Q4 diagonal
// expect: (3,-1) Q4
// expect: 7
// expect: inverted
// expect: to hundred
// expect: none
// expect: seven with y=1
// expect: four-four
// expect: not y3
// expect: wide 1..100
