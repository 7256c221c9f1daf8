// List<T> of reference types: null elements, Contains/IndexOf/Remove using Equals, and shared references.
using System;
using System.Collections.Generic;

class Point
{
    public int X, Y;

    public Point(int x, int y)
    {
        X = x;
        Y = y;
    }

    public override bool Equals(object obj)
    {
        Point p = obj as Point;
        return p != null && p.X == X && p.Y == Y;
    }

    public override int GetHashCode()
    {
        return X * 31 + Y;
    }

    public override string ToString()
    {
        return "(" + X + "," + Y + ")";
    }
}

class Box
{
    public int V;
}

class Program
{
    static void Main()
    {
        var names = new List<string> { "a", null, "b", null };
        Console.WriteLine(names.Count); // expect: 4
        Console.WriteLine(names.Contains(null)); // expect: True
        Console.WriteLine(names.IndexOf(null)); // expect: 1
        Console.WriteLine(names.LastIndexOf(null)); // expect: 3
        Console.WriteLine(names.Remove(null)); // expect: True
        Console.WriteLine(names.Count + " " + names.IndexOf(null)); // expect: 3 2
        Console.WriteLine(names[1] == null); // expect: False
        string built = new string(new char[] { 'b' });
        Console.WriteLine(names.IndexOf(built)); // expect: 1
        var pts = new List<Point> { new Point(1, 2), new Point(3, 4), new Point(1, 2) };
        Console.WriteLine(pts.Contains(new Point(3, 4))); // expect: True
        Console.WriteLine(pts.IndexOf(new Point(1, 2))); // expect: 0
        Console.WriteLine(pts.LastIndexOf(new Point(1, 2))); // expect: 2
        Console.WriteLine(pts.Remove(new Point(1, 2))); // expect: True
        Console.WriteLine(string.Join(" ", pts)); // expect: (3,4) (1,2)
        var boxes = new List<Box>();
        var b = new Box();
        boxes.Add(b);
        boxes.Add(b);
        boxes[0].V = 42;
        Console.WriteLine(boxes[1].V); // expect: 42
        Console.WriteLine(boxes.Contains(new Box())); // expect: False
        Console.WriteLine(boxes.IndexOf(b)); // expect: 0
        var objs = new List<object> { 1, "one", 1.5, null };
        foreach (object o in objs)
            Console.WriteLine(o == null ? "null" : o.GetType().Name); // expect: Int32
        // expect: String
        // expect: Double
        // expect: null
        Console.WriteLine(objs.Contains(1)); // expect: True
        Console.WriteLine(objs.Contains(1L)); // expect: False
    }
}
