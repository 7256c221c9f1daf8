// Arrays of structs, nullable values and arrays seen as IList<T>, ICollection<T> and IEnumerable<T>: the array's interface methods return struct elements through the same calling convention as instance methods.
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Program
{
    static T Second<T>(IList<T> list) => list[1];

    static void Main()
    {
        Point[] points = { new Point(1, 2), new Point(3, 4), new Point(5, 6) };
        IList<Point> list = points;
        Console.WriteLine(list.Count + " " + list[0] + " " + list[2]);
        list[1] = new Point(7, 8);
        Console.WriteLine(points[1]);
        Console.WriteLine(Second(points));
        Console.WriteLine(list.IndexOf(new Point(5, 6)) + " " + list.Contains(new Point(9, 9)));

        int?[] maybe = { 1, null, 3 };
        IList<int?> nullables = maybe;
        Console.WriteLine(nullables.Count + " [" + nullables[0] + "] [" + nullables[1] + "] [" + nullables[2] + "]");
        foreach (int? m in (IEnumerable<int?>)maybe)
            Console.WriteLine(m.HasValue ? "value " + m.Value : "null");

        long[][] jagged = { new long[] { 1, 2 }, new long[] { 3 } };
        IList<long[]> rows = jagged;
        Console.WriteLine(rows.Count + " " + rows[0].Length + " " + rows[1][0]);
        ICollection<long[]> collection = jagged;
        var copy = new long[2][];
        collection.CopyTo(copy, 0);
        Console.WriteLine(copy[1][0]);
        foreach (var row in (IEnumerable<long[]>)jagged)
            Console.WriteLine(string.Join("+", row));
    }
}

// expect: 3 (1,2) (5,6)
// expect: (7,8)
// expect: (7,8)
// expect: 2 False
// expect: 3 [1] [] [3]
// expect: value 1
// expect: null
// expect: value 3
// expect: 2 2 3
// expect: 3
// expect: 1+2
// expect: 3
