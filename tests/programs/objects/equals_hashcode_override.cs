// Overriding Equals(object) and GetHashCode: value equality for a class; == still compares references.
using System;

class Point
{
    public readonly int X, Y;
    public Point(int x, int y) { X = x; Y = y; }

    public override bool Equals(object obj)
    {
        Point p = obj as Point;
        if (p == null) return false;
        return X == p.X && Y == p.Y;
    }

    public override int GetHashCode() { return X * 31 + Y; }
}

class NoOverride
{
    public int V;
}

class Program
{
    static void Main()
    {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        Console.WriteLine(a.Equals(b));                          // expect: True
        Console.WriteLine(a.Equals(c));                          // expect: False
        Console.WriteLine(a == b);                               // expect: False
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());   // expect: True
        Console.WriteLine(a.Equals(null));                       // expect: False
        Console.WriteLine(a.Equals("(1,2)"));                    // expect: False
        Console.WriteLine(object.Equals(a, b));                  // expect: True
        Console.WriteLine(object.Equals(null, null));            // expect: True
        NoOverride n1 = new NoOverride(), n2 = new NoOverride();
        Console.WriteLine(n1.Equals(n2));                        // expect: False
        Console.WriteLine(n1.Equals(n1));                        // expect: True
        Console.WriteLine(n1.GetHashCode() == n1.GetHashCode()); // expect: True
    }
}
