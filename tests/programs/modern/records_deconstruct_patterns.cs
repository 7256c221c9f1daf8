// Positional records deconstructed in foreach loops, into existing variables and with discards, and matched by positional, nested positional and property patterns in switch statements and switch expressions.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

record Point(int X, int Y);
record Segment(Point From, Point To);
record Command(string Verb, int Amount);

class Program
{
    static string Quadrant(Point p) => p switch
    {
        (0, 0) => "origin",
        (0, _) => "on y axis",
        (_, 0) => "on x axis",
        ( > 0, > 0) => "Q1",
        ( < 0, > 0) => "Q2",
        ( < 0, < 0) => "Q3",
        _ => "Q4",
    };

    static string Classify(Segment s) => s switch
    {
        ((var x1, var y1), (var x2, var y2)) when x1 == x2 && y1 == y2 => "degenerate",
        (var a, var b) when a.X == b.X => $"vertical at x={a.X}",
        ({ Y: var y }, { Y: var y2 }) when y == y2 => $"horizontal at y={y}",
        (Point(0, 0), _) => "from origin",
        _ => "slanted",
    };

    static void Main()
    {
        var points = new List<Point> { new(0, 0), new(0, 5), new(-3, 0), new(2, 2), new(-1, 4), new(-2, -2), new(3, -1) };
        var coords = new List<string>();
        foreach (var (x, y) in points)
            coords.Add($"({x},{y})");
        Console.WriteLine(string.Join(" ", coords));
        foreach (var p in points)
            Console.WriteLine($"{p} -> {Quadrant(p)}");

        var segments = new[]
        {
            new Segment(new(1, 1), new(1, 1)),
            new Segment(new(4, 0), new(4, 9)),
            new Segment(new(0, 3), new(7, 3)),
            new Segment(new(0, 0), new(5, 8)),
            new Segment(new(1, 2), new(3, 4)),
        };
        foreach (var s in segments)
            Console.WriteLine(Classify(s));

        int posX = 0, posY = 0;
        var script = new[] { new Command("up", 3), new Command("right", 2), new Command("down", 1), new Command("jump", 9), new Command("left", 5) };
        foreach (var (verb, amount) in script)
        {
            switch (new Command(verb, amount))
            {
                case ("up", var n): posY += n; break;
                case ("down", var n): posY -= n; break;
                case { Verb: "right", Amount: var n }: posX += n; break;
                case Command("left", int n) when n <= 10: posX -= n; break;
                case var other:
                    Console.WriteLine($"skipped {other}");
                    break;
            }
        }
        Console.WriteLine(new Point(posX, posY));

        int a, b;
        (a, b) = new Point(10, 20);
        Console.WriteLine(a + b);
        var (_, onlyY) = new Point(7, 8);
        Console.WriteLine(onlyY);
        ((int fx, int fy), Point to) = segments[3];
        Console.WriteLine($"{fx} {fy} {to}");

        object boxed = new Point(6, 6);
        if (boxed is Point(var px, var py) && px == py)
            Console.WriteLine($"diagonal {px}");
        Console.WriteLine(boxed is Point { X: 6 } ? "x is six" : "no");
    }
}
// expect: (0,0) (0,5) (-3,0) (2,2) (-1,4) (-2,-2) (3,-1)
// expect: Point { X = 0, Y = 0 } -> origin
// expect: Point { X = 0, Y = 5 } -> on y axis
// expect: Point { X = -3, Y = 0 } -> on x axis
// expect: Point { X = 2, Y = 2 } -> Q1
// expect: Point { X = -1, Y = 4 } -> Q2
// expect: Point { X = -2, Y = -2 } -> Q3
// expect: Point { X = 3, Y = -1 } -> Q4
// expect: degenerate
// expect: vertical at x=4
// expect: horizontal at y=3
// expect: from origin
// expect: slanted
// expect: skipped Command { Verb = jump, Amount = 9 }
// expect: Point { X = -3, Y = 2 }
// expect: 30
// expect: 8
// expect: 0 0 Point { X = 5, Y = 8 }
// expect: diagonal 6
// expect: x is six
