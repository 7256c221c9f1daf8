// Interfaces: implicit implementation, interface inheritance, calls
// through interface references, structs boxed to an interface, and the
// is/as tests against interfaces.
using System;

interface IShape
{
    double Area();
    string Name { get; }
}

interface IScalable : IShape
{
    void Scale(double factor);
}

class Circle : IScalable
{
    private double r;
    public Circle(double r) { this.r = r; }
    public double Area() { return 3.0 * r * r; }
    public string Name { get { return "circle"; } }
    public void Scale(double factor) { r *= factor; }
}

class Square : IShape
{
    private double side;
    public Square(double side) { this.side = side; }
    public virtual double Area() { return side * side; }
    public string Name => "square";
}

class Cube : Square
{
    public Cube(double s) : base(s) { }
    public override double Area() { return 6 * base.Area(); }
}

struct Point : IShape
{
    public int X;
    public double Area() { return 0; }
    public string Name { get { return "point" + X; } }
}

class Program
{
    static double Total(IShape[] shapes)
    {
        double sum = 0;
        foreach (IShape s in shapes) sum += s.Area();
        return sum;
    }

    static void Main()
    {
        IShape[] shapes = { new Circle(1), new Square(2), new Cube(1) };
        Console.WriteLine(Total(shapes));            // expect: 13
        IScalable c = new Circle(2);
        c.Scale(0.5);
        Console.WriteLine(c.Area());                 // expect: 3
        Console.WriteLine(c.Name);                   // expect: circle
        Point p = new Point();
        p.X = 7;
        IShape boxed = p;
        Console.WriteLine(boxed.Name);               // expect: point7
        object o = shapes[1];
        Console.WriteLine(o is IShape);              // expect: True
        Console.WriteLine(o is IScalable);           // expect: False
        IScalable maybe = shapes[0] as IScalable;
        Console.WriteLine(maybe != null);            // expect: True
        Console.WriteLine(((IShape)o).Name);         // expect: square
    }
}
