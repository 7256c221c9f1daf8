// An IEqualityComparer<T> over a Point class (which has no Equals override) used with Distinct, Contains, GroupBy, Union, Except, ToDictionary and SequenceEqual; without the comparer, reference equality applies.
using System;
using System.Collections.Generic;
using System.Linq;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class PointComparer : IEqualityComparer<Point>
{
    public int EqualsCalls;
    public bool Equals(Point a, Point b) { EqualsCalls++; return a.X == b.X && a.Y == b.Y; }
    public int GetHashCode(Point p) { return p.X * 31 + p.Y; }
}

// Points equal when they are the same distance (Manhattan) from the origin.
class ManhattanComparer : IEqualityComparer<Point>
{
    static int D(Point p) { return Math.Abs(p.X) + Math.Abs(p.Y); }
    public bool Equals(Point a, Point b) { return D(a) == D(b); }
    public int GetHashCode(Point p) { return D(p); }
}

class Program
{
    static void Main()
    {
        var pts = new List<Point> { new Point(1, 2), new Point(3, 0), new Point(1, 2), new Point(0, 3), new Point(3, 0) };
        var cmp = new PointComparer();

        Console.WriteLine(pts.Distinct().Count()); // expect: 5
        Console.WriteLine(string.Join(" ", pts.Distinct(cmp))); // expect: (1,2) (3,0) (0,3)
        Console.WriteLine(cmp.EqualsCalls > 0); // expect: True

        var probe = new Point(0, 3);
        Console.WriteLine(pts.Contains(probe) + " " + pts.Contains(probe, cmp)); // expect: False True
        Console.WriteLine(pts.Contains(pts[1])); // expect: True

        foreach (var g in pts.GroupBy(p => p, cmp))
            Console.WriteLine(g.Key + " x" + g.Count());
        // expect: (1,2) x2
        // expect: (3,0) x2
        // expect: (0,3) x1

        var manhattan = new ManhattanComparer();
        Console.WriteLine(string.Join(" ", pts.Distinct(manhattan))); // expect: (1,2)
        foreach (var g in pts.GroupBy(p => p, p => p.X, manhattan))
            Console.WriteLine(g.Key + ": " + string.Join(",", g));
        // expect: (1,2): 1,3,1,0,3

        var more = new[] { new Point(3, 0), new Point(5, 5) };
        Console.WriteLine(string.Join(" ", pts.Union(more, cmp))); // expect: (1,2) (3,0) (0,3) (5,5)
        Console.WriteLine(string.Join(" ", pts.Except(more, cmp))); // expect: (1,2) (0,3)
        Console.WriteLine(string.Join(" ", pts.Intersect(more, cmp))); // expect: (3,0)

        var names = pts.Distinct(cmp).ToDictionary(p => p, p => "P" + (p.X + p.Y * 10), cmp);
        Console.WriteLine(names[new Point(0, 3)]); // expect: P30

        var a = new[] { new Point(1, 1), new Point(2, 2) };
        var b = new[] { new Point(1, 1), new Point(2, 2) };
        Console.WriteLine(a.SequenceEqual(b) + " " + a.SequenceEqual(b, cmp)); // expect: False True
    }
}
