// const fields (compile-time, implicitly static) and readonly fields assigned in initializers or constructors.
using System;

class Circle
{
    public const int Sides = 0;
    public const string Unit = "cm";
    public const double Scale = 2.5 * 2;
    public static readonly Circle Unitary = new Circle(1);
    public readonly int Radius;
    public readonly int Diameter = -1;

    public Circle(int r)
    {
        Radius = r;
        Diameter = r * 2;
        Diameter = Diameter + 0;
    }
}

class Program
{
    const int Local = Circle.Sides + 7;

    static void Main()
    {
        Console.WriteLine(Circle.Sides);            // expect: 0
        Console.WriteLine(Circle.Unit);             // expect: cm
        Console.WriteLine(Circle.Scale);            // expect: 5
        Console.WriteLine(Local);                   // expect: 7
        Circle c = new Circle(4);
        Console.WriteLine(c.Radius + " " + c.Diameter); // expect: 4 8
        Console.WriteLine(Circle.Unitary.Diameter); // expect: 2
        switch (7) { case Local: Console.WriteLine("const case"); break; } // expect: const case
    }
}
