// Nested deconstruction with one outer var (C# 7): var ((a, b), c) declares every name inside, in declarations, foreach loops and with discards.
using System;
using System.Collections.Generic;

class Program
{
    static ((int, int), string) Corner() => ((3, 4), "ne");

    static void Main()
    {
        var ((a, b), c) = ((1, 2), 3);
        Console.WriteLine($"{a} {b} {c}");
        var ((x, y), name) = Corner();
        Console.WriteLine($"{name}: {x},{y}");
        var (_, (first, _)) = ("skip", ('p', 'q'));
        Console.WriteLine(first);
        var points = new List<((int, int), string)> { ((0, 0), "origin"), ((5, 1), "east") };
        foreach (var ((px, py), label) in points)
            Console.WriteLine($"{label} at {px + py}");
    }
}

// expect: 1 2 3
// expect: ne: 3,4
// expect: p
// expect: origin at 0
// expect: east at 6
