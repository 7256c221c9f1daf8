// Methods on a struct mutate `this` in place; `this` can be read (copied) and reassigned inside struct methods.
using System;

struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public void Scale(int k) { X *= k; Y *= k; }
    public void Reset() { this = new Vec(0, 0); }
    public Vec Copy() { Vec c = this; c.X = -c.X; return c; }
    public void SwapWith(ref Vec other) { Vec t = this; this = other; other = t; }
    public int Sum() { return this.X + this.Y; }
}

class Program
{
    static void Main()
    {
        Vec v = new Vec(2, 3);
        v.Scale(10);
        Console.WriteLine(v.X + " " + v.Y);  // expect: 20 30
        Vec c = v.Copy();
        Console.WriteLine(c.X + " " + v.X);  // expect: -20 20
        Vec w = new Vec(1, 1);
        v.SwapWith(ref w);
        Console.WriteLine(v.Sum() + " " + w.Sum()); // expect: 2 50
        w.Reset();
        Console.WriteLine(w.Sum());          // expect: 0
    }
}
