// Derives from lib.dll's classes across the assembly boundary: overrides called back from library code,
// protected members and base(...) constructors from another assembly.
using System;

class Rect : Shape
{
    int w, h;
    public Rect(int w, int h) : base("rect") { this.w = w; this.h = h; }
    public override int Area() { return w * h; }
}

class Cube : Square
{
    public Cube(int s) : base(s) { }
    public override int Area() { return 6 * base.Area(); }
    public override string Describe() { return "cube of side " + side + ": " + base.Describe(); }
}

class Program
{
    static void Main()
    {
        Shape[] shapes = { new Square(2), new Rect(2, 5), new Cube(1) };
        Report.Print(shapes);
    }
}
