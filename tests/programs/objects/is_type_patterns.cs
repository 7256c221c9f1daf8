// `is Type name` declaration patterns: binding on success, with classes, boxed values and in conditions.
using System;

abstract class Shape { }
class Circle : Shape { public int R; public Circle(int r) { R = r; } }
class Rect : Shape { public int W, H; public Rect(int w, int h) { W = w; H = h; } }

class Program
{
    static int Area(Shape s)
    {
        if (s is Circle c) return 3 * c.R * c.R;
        if (s is Rect r && r.W > 0) return r.W * r.H;
        return -1;
    }

    static string What(object o)
    {
        if (o is int i) return "int " + (i + 1);
        if (o is string str) return "string " + str.Length;
        if (o is Shape sh) return "shape " + Area(sh);
        return "other";
    }

    static void Main()
    {
        Console.WriteLine(Area(new Circle(2)));    // expect: 12
        Console.WriteLine(Area(new Rect(3, 5)));   // expect: 15
        Console.WriteLine(Area(new Rect(0, 5)));   // expect: -1
        Console.WriteLine(What(41));               // expect: int 42
        Console.WriteLine(What("hello"));          // expect: string 5
        Console.WriteLine(What(new Rect(2, 2)));   // expect: shape 4
        Console.WriteLine(What(2.5));              // expect: other
        Console.WriteLine(What(null));             // expect: other
    }
}
