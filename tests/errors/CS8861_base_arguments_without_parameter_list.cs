// Base-constructor arguments in the base list need a record with a parameter list.
using System;

record Shape
{
    public string Kind { get; init; } = "shape";
    public Shape() { }
    public Shape(string kind) { Kind = kind; }
}

record Square : Shape("square") // error CS8861
{
    public double Side { get; init; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Square { Side = 2 });
    }
}
