// `base.ToString()`, `base.Equals(x)` and `base.GetHashCode()` in a struct
// call System.ValueType's methods on the boxed value, as csc compiles them.
using System;

struct Point
{
    public int X, Y;

    public Point(int x, int y)
    {
        X = x;
        Y = y;
    }

    public override string ToString()
    {
        return base.ToString() + "(" + X + ", " + Y + ")";
    }

    public override bool Equals(object obj)
    {
        Console.WriteLine("Point.Equals");
        return base.Equals(obj);
    }

    public override int GetHashCode()
    {
        int h = base.GetHashCode();
        return h == base.GetHashCode() ? 1 : 0;
    }
}

class Program
{
    static void Main()
    {
        var p = new Point(1, 2);
        Console.WriteLine(p.ToString());
        Console.WriteLine(p.Equals(new Point(1, 2)));
        Console.WriteLine(p.Equals(new Point(2, 1)));
        Console.WriteLine(p.Equals("Point"));
        Console.WriteLine(p.GetHashCode());
        object boxed = p;
        Console.WriteLine(boxed);
    }
}

// expect: Point(1, 2)
// expect: Point.Equals
// expect: True
// expect: Point.Equals
// expect: False
// expect: Point.Equals
// expect: False
// expect: 1
// expect: Point(1, 2)
