// Struct value semantics: copies on assignment, on passing by value, on return; ref passing mutates the caller's.
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
}

class Program
{
    static void Move(Point p) { p.X += 100; }
    static void MoveRef(ref Point p) { p.X += 100; }
    static Point Make() { Point p; p.X = 1; p.Y = 2; return p; }
    static Point Shift(Point p) { p.Y += 10; return p; }

    static void Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 50;
        Console.WriteLine(a.X + " " + b.X);   // expect: 1 50
        Move(a);
        Console.WriteLine(a.X);               // expect: 1
        MoveRef(ref a);
        Console.WriteLine(a.X);               // expect: 101
        Point m = Make();
        Point n = Shift(m);
        Console.WriteLine(m.Y + " " + n.Y);   // expect: 2 12
        Point[] arr = { a, b };
        a.Y = 99;
        Console.WriteLine(arr[0].Y);          // expect: 2
        Point c = arr[1];
        c.X = 0;
        Console.WriteLine(arr[1].X);          // expect: 50
    }
}
