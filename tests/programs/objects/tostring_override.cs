// ToString overrides are used by Console.WriteLine(object), string concatenation and interpolation.
using System;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Point3 : Point
{
    public int Z;
    public Point3(int x, int y, int z) : base(x, y) { Z = z; }
    public override string ToString() { return base.ToString() + "+" + Z; }
}

class Program
{
    static void Main()
    {
        Point p = new Point(1, 2);
        Console.WriteLine(p);               // expect: (1, 2)
        object o = new Point3(3, 4, 5);
        Console.WriteLine(o);               // expect: (3, 4)+5
        Console.WriteLine("p=" + p);        // expect: p=(1, 2)
        Console.WriteLine($"o={o}!");       // expect: o=(3, 4)+5!
        Console.WriteLine(o.ToString().Length); // expect: 8
    }
}
