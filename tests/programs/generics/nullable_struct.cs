// Nullable user-defined structs (Point?): HasValue/Value, member access on Value, and lifted user-defined operators (+, ==, <) giving null or false.
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public static Point operator +(Point a, Point b) { return new Point(a.X + b.X, a.Y + b.Y); }
    public static Point operator -(Point a) { return new Point(-a.X, -a.Y); }
    public static bool operator ==(Point a, Point b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Point a, Point b) { return !(a == b); }
    public static bool operator <(Point a, Point b) { return a.X < b.X; }
    public static bool operator >(Point a, Point b) { return a.X > b.X; }
    public override bool Equals(object o) { return o is Point && this == (Point)o; }
    public override int GetHashCode() { return X; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Program
{
    static string S(Point? p) { return p.HasValue ? p.Value.ToString() : "null"; }

    static void Main()
    {
        Point? a = new Point(1, 2);
        Point? b = new Point(10, 20);
        Point? n = null;
        Console.WriteLine(S(a)); // expect: (1,2)
        Console.WriteLine(a.Value.X + b.Value.Y); // expect: 21
        Console.WriteLine(S(a + b)); // expect: (11,22)
        Console.WriteLine(S(a + n)); // expect: null
        Console.WriteLine(S(-a)); // expect: (-1,-2)
        Console.WriteLine(S(-n)); // expect: null
        Console.WriteLine(a == new Point(1, 2)); // expect: True
        Console.WriteLine(a == b); // expect: False
        Console.WriteLine(a == n); // expect: False
        Console.WriteLine(n == null); // expect: True
        Console.WriteLine(a != n); // expect: True
        Console.WriteLine(a < b); // expect: True
        Console.WriteLine(a < n); // expect: False
        Console.WriteLine(n > a); // expect: False
        Point p = a ?? new Point(0, 0);
        Console.WriteLine(p); // expect: (1,2)
        Console.WriteLine(n ?? new Point(9, 9)); // expect: (9,9)
        Console.WriteLine(n.GetValueOrDefault()); // expect: (0,0)
        Console.WriteLine(a.Equals(new Point(1, 2))); // expect: True
        object boxed = a;
        Console.WriteLine(boxed.GetType().Name); // expect: Point
        a = null;
        Console.WriteLine(S(a)); // expect: null
    }
}
