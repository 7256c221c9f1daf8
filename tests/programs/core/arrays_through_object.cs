// Arrays reached through object-typed variables, casts, covariance and
// jagged elements: element accesses the JIT cannot type statically are
// checked against the array's MethodTable at run time, and pass.
using System;

struct Point
{
    public int X, Y;
}

class Program
{
    static object Make(int kind)
    {
        if (kind == 0) return new int[] { 1, 2, 3 };
        if (kind == 1) return new Point[2];
        return new string[] { "a", "b" };
    }

    static void Main()
    {
        object o = Make(0);
        int[] ints = (int[])o;
        ints[1] += 40;
        Console.WriteLine(ints[0] + ints[1] + ints[2]);
        Point[] points = (Point[])Make(1);
        points[1].X = 7;
        points[1].Y = points[1].X * 2;
        Console.WriteLine(points[1].X + "," + points[1].Y + " " + points.Length);
        object[] objects = (string[])Make(2);
        Console.WriteLine((string)objects[1] + objects.Length);
        int[][] jagged = { new[] { 1 }, new[] { 2, 3 } };
        object cell = jagged[1];
        Console.WriteLine(((int[])cell)[1] + jagged[0][0]);
        // A value that crossed a join has no static type: checked at run time.
        Console.WriteLine((ints.Length > 2 ? ints : new int[4])[2] + (points.Length > 5 ? null : points)[1].Y);
        Array any = points;
        Console.WriteLine(any.Length + ((Array)o).Length);
    }
}

// expect: 46
// expect: 7,14 2
// expect: b2
// expect: 4
// expect: 17
// expect: 5
