// Virtual and interface dispatch: an array of 1000 shapes of four classes,
// in a mixed order, summed over many passes. Each pass calls Area() and
// Perimeter() on every element, first through the abstract base class
// (virtual calls through the vtable) and then through the IShape interface
// (interface dispatch). Square overrides Rect's Area() again, so one class
// in the hierarchy has a second-level override. Prints both sums with
// ToString("F3"); they are equal, since the same methods run either way.
using System;

interface IShape
{
    double Area();
    double Perimeter();
}

abstract class Shape : IShape
{
    public abstract double Area();
    public abstract double Perimeter();
}

class Circle : Shape
{
    readonly double r;
    public Circle(double r) { this.r = r; }
    public override double Area() { return 3.141592653589793 * r * r; }
    public override double Perimeter() { return 2.0 * 3.141592653589793 * r; }
}

class Rect : Shape
{
    protected readonly double w, h;
    public Rect(double w, double h) { this.w = w; this.h = h; }
    public override double Area() { return w * h; }
    public override double Perimeter() { return 2.0 * (w + h); }
}

class Square : Rect
{
    public Square(double s) : base(s, s) { }
    // A second-level override: same result as Rect's, reached by a
    // different vtable entry.
    public override double Area() { return w * w; }
}

class Triangle : Shape
{
    readonly double a, b, c;
    public Triangle(double a, double b, double c) { this.a = a; this.b = b; this.c = c; }
    public override double Area()
    {
        // Heron's formula.
        double s = (a + b + c) * 0.5;
        return Math.Sqrt(s * (s - a) * (s - b) * (s - c));
    }
    public override double Perimeter() { return a + b + c; }
}

static class Shapes
{
    const int Count = 1000;

    // A fixed, mixed order of the four classes (a linear congruential
    // generator, so every runtime builds the same array) so that no call
    // site sees one class for long.
    static Shape[] Make()
    {
        Shape[] shapes = new Shape[Count];
        uint seed = 12345;
        for (int i = 0; i < Count; i++)
        {
            seed = seed * 1103515245 + 12345;
            double size = 1.0 + (i % 17) * 0.25;
            switch ((seed >> 16) % 4)
            {
                case 0: shapes[i] = new Circle(size); break;
                case 1: shapes[i] = new Rect(size, size + 1.0); break;
                case 2: shapes[i] = new Square(size); break;
                default: shapes[i] = new Triangle(size + 1.0, size + 1.5, size + 2.0); break;
            }
        }
        return shapes;
    }

    static double SumVirtual(Shape[] shapes, int passes)
    {
        double sum = 0.0;
        for (int p = 0; p < passes; p++)
        {
            for (int i = 0; i < shapes.Length; i++)
            {
                Shape s = shapes[i];
                sum += s.Area() + s.Perimeter();
            }
        }
        return sum;
    }

    static double SumInterface(IShape[] shapes, int passes)
    {
        double sum = 0.0;
        for (int p = 0; p < passes; p++)
        {
            for (int i = 0; i < shapes.Length; i++)
            {
                IShape s = shapes[i];
                sum += s.Area() + s.Perimeter();
            }
        }
        return sum;
    }

    static int Main(string[] args)
    {
        int passes = args.Length > 0 ? int.Parse(args[0]) : 100;
        Shape[] shapes = Make();
        IShape[] ishapes = new IShape[Count];
        for (int i = 0; i < Count; i++) ishapes[i] = shapes[i];

        Console.WriteLine(SumVirtual(shapes, passes).ToString("F3"));
        Console.WriteLine(SumInterface(ishapes, passes).ToString("F3"));
        return 0;
    }
}
