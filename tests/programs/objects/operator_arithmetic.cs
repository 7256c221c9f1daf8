// User-defined arithmetic operators (+ - * / and unary -) on a struct, mixed operand types, compound assignment.
using System;

struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator -(Vec a, Vec b) { return new Vec(a.X - b.X, a.Y - b.Y); }
    public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
    public static Vec operator *(Vec a, int k) { return new Vec(a.X * k, a.Y * k); }
    public static Vec operator *(int k, Vec a) { return a * k; }
    public static Vec operator /(Vec a, int k) { return new Vec(a.X / k, a.Y / k); }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Program
{
    static void Main()
    {
        Vec a = new Vec(1, 2), b = new Vec(10, 20);
        Console.WriteLine(a + b);         // expect: <11,22>
        Console.WriteLine(b - a);         // expect: <9,18>
        Console.WriteLine(-a);            // expect: <-1,-2>
        Console.WriteLine(a * 3);         // expect: <3,6>
        Console.WriteLine(2 * b);         // expect: <20,40>
        Console.WriteLine(b / 3);         // expect: <3,6>
        Vec c = a;
        c += b;
        c *= 2;
        Console.WriteLine(c);             // expect: <22,44>
        Console.WriteLine(a + b * 2 - -a); // expect: <22,44>
    }
}
