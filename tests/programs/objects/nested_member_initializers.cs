// A member initializer may itself be an object or collection initializer
// (C# spec §12.8.17.3): `P1 = { X = 1 }` sets the members of the object
// (or struct field) the member already holds, and `Tags = { "a" }` adds to
// the collection it already holds; neither creates a new one.
using System;
using System.Collections.Generic;

struct Point { public int X, Y; }

class Line
{
    public Point P1, P2;
}

class Box
{
    public Line Top = new Line();
    public List<string> Tags = new List<string> { "first" };
    public Dictionary<string, int> Sizes { get; } = new Dictionary<string, int>();
    public Line Created { get; } = new Line();
}

class Program
{
    static void Main()
    {
        var line = new Line { P1 = { X = 1, Y = 5 }, P2 = { X = 3, Y = 6 } };
        Console.WriteLine(line.P1.X + "," + line.P1.Y + " " + line.P2.X + "," + line.P2.Y);

        var box = new Box
        {
            Top = { P1 = { X = 7 }, P2 = { Y = 9, }, },
            Tags = { "a", "b" },
            Sizes = { { "w", 3 }, ["h"] = 4 },
            Created = { P1 = { X = 2 } },
        };
        Console.WriteLine(box.Top.P1.X + " " + box.Top.P2.Y + " " + string.Join(",", box.Tags));
        Console.WriteLine(box.Sizes["w"] + " " + box.Sizes["h"] + " " + box.Created.P1.X);
    }
}
// expect: 1,5 3,6
// expect: 7 9 first,a,b
// expect: 3 4 2
