// Constructor overloads chained with this(...): the target runs before the caller's body.
using System;

class Rect
{
    public int W, H;
    public string Tag;

    public Rect() : this(1) { Console.WriteLine("Rect()"); }
    public Rect(int side) : this(side, side) { Console.WriteLine("Rect(int)"); }
    public Rect(int w, int h) : this(w, h, "rect") { Console.WriteLine("Rect(int,int)"); }
    public Rect(int w, int h, string tag)
    {
        W = w; H = h; Tag = tag;
        Console.WriteLine("Rect(int,int,string)");
    }
}

class Program
{
    static void Main()
    {
        Rect r = new Rect();
        // expect: Rect(int,int,string)
        // expect: Rect(int,int)
        // expect: Rect(int)
        // expect: Rect()
        Console.WriteLine(r.W + "x" + r.H + " " + r.Tag); // expect: 1x1 rect
        Rect s = new Rect(3, 4);
        // expect: Rect(int,int,string)
        // expect: Rect(int,int)
        Console.WriteLine(s.W * s.H); // expect: 12
    }
}
