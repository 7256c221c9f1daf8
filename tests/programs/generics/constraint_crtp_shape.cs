// A self-referential (curiously recurring) constraint where T : Shape<T>: the base class returns and compares the derived type.
using System;

abstract class Shape<T> where T : Shape<T>
{
    public abstract double Area();
    public abstract T Scale(double k);
    public T Bigger(T other) { return Area() >= other.Area() ? (T)this : other; }
    public T ScaleTwice(double k) { return Scale(k).Scale(k); }
    public string Describe() { return typeof(T).Name + " area=" + Area(); }
}

class Square : Shape<Square>
{
    public double Side;
    public Square(double s) { Side = s; }
    public override double Area() { return Side * Side; }
    public override Square Scale(double k) { return new Square(Side * k); }
}

class Rect : Shape<Rect>
{
    public double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public override double Area() { return W * H; }
    public override Rect Scale(double k) { return new Rect(W * k, H * k); }
}

class Program
{
    static T Largest<T>(T[] shapes) where T : Shape<T>
    {
        T best = shapes[0];
        foreach (T s in shapes) best = best.Bigger(s);
        return best;
    }

    static void Main()
    {
        Square a = new Square(2);
        Square b = a.Scale(1.5);
        Console.WriteLine(b.Side); // expect: 3
        Console.WriteLine(a.Bigger(b).Side); // expect: 3
        Console.WriteLine(b.Bigger(a).Side); // expect: 3
        Console.WriteLine(a.ScaleTwice(2).Side); // expect: 8
        Console.WriteLine(a.Describe()); // expect: Square area=4
        Rect r = new Rect(1, 2);
        Console.WriteLine(r.ScaleTwice(3).Describe()); // expect: Rect area=162
        Rect[] rs = { new Rect(1, 1), new Rect(2, 5), new Rect(3, 3) };
        Rect big = Largest(rs);
        Console.WriteLine(big.W + "x" + big.H); // expect: 2x5
        Console.WriteLine(Largest(new Square[] { new Square(1), new Square(4), new Square(2) }).Side); // expect: 4
        Shape<Square> asBase = a;
        Console.WriteLine(asBase.Scale(0.5).Side); // expect: 1
        Console.WriteLine(typeof(Shape<Rect>)); // expect: Shape`1[Rect]
    }
}
