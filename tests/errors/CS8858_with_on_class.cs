// A `with` expression needs a record; an ordinary class with init-only properties is not one.
using System;

class Point
{
    public int X { get; init; }
    public int Y { get; init; }
}

class Program
{
    static void Main()
    {
        var p = new Point { X = 1, Y = 2 };
        var q = p with { X = 5 }; // error CS8858
        Console.WriteLine(q.X);
    }
}
