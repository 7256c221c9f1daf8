// A boxed struct seen through an interface it implements (IComparable, a user interface) and cast back to the struct.
using System;

interface IArea { int Area(); }

struct Rect : IArea, IComparable
{
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public int Area() { return W * H; }
    public int CompareTo(object other) { return Area() - ((Rect)other).Area(); }
}

class Program
{
    static void Main()
    {
        object o = new Rect(3, 4);
        IArea a = (IArea)o;
        Console.WriteLine(a.Area());                       // expect: 12
        IComparable c = new Rect(1, 1);
        Console.WriteLine(c.CompareTo(o) < 0);             // expect: True
        Rect r = (Rect)a;
        Console.WriteLine(r.W + r.H);                      // expect: 7
        Console.WriteLine(o is IArea);                     // expect: True
        Console.WriteLine(o is IComparable);               // expect: True
        IComparable n = 5;
        Console.WriteLine(n.CompareTo(3) > 0);             // expect: True
        Console.WriteLine((int)n);                         // expect: 5
    }
}
