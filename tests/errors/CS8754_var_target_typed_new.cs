// A target-typed new() needs a target type; var gives it none.
using System;

class Point
{
    public int X, Y;
}

class Program
{
    static void Main()
    {
        Point ok = new() { X = 1 };
        var p = new(); // error CS8754
        Console.WriteLine(ok.X);
    }
}
