// A base-class constraint: calling base-class fields, methods, virtuals and properties through T, and implicit conversion of T to the base.
using System;

abstract class Shape
{
    public string Label = "shape";
    public abstract double Area();
    public virtual string Kind() { return "shape"; }
    public int Sides { get; set; }
}

class Square : Shape
{
    public double Side;
    public Square(double s) { Side = s; Sides = 4; Label = "sq"; }
    public override double Area() { return Side * Side; }
    public override string Kind() { return "square"; }
}

class Tri : Shape
{
    public Tri() { Sides = 3; }
    public override double Area() { return 6; }
}

class Gallery<T> where T : Shape
{
    T[] items = new T[10];
    int n;
    public void Add(T s) { items[n++] = s; }
    public double TotalArea()
    {
        double t = 0;
        for (int i = 0; i < n; i++) t += items[i].Area();
        return t;
    }
    public string Kinds()
    {
        string r = "";
        for (int i = 0; i < n; i++) r += items[i].Kind() + "/" + items[i].Label + "/" + items[i].Sides + " ";
        return r.Trim();
    }
    public T Largest()
    {
        T best = items[0];
        for (int i = 1; i < n; i++) if (items[i].Area() > best.Area()) best = items[i];
        return best;
    }
}

class Program
{
    static string Describe<T>(T s) where T : Shape
    {
        Shape asBase = s;
        s.Label = s.Label.ToUpper();
        return asBase.Kind() + " area " + s.Area();
    }

    static void Main()
    {
        Gallery<Shape> g = new Gallery<Shape>();
        g.Add(new Square(2));
        g.Add(new Tri());
        g.Add(new Square(3));
        Console.WriteLine(g.TotalArea()); // expect: 19
        Console.WriteLine(g.Kinds()); // expect: square/sq/4 shape/shape/3 square/sq/4
        Console.WriteLine(g.Largest().Kind()); // expect: square
        Gallery<Square> gs = new Gallery<Square>();
        gs.Add(new Square(1));
        gs.Add(new Square(5));
        Square big = gs.Largest();
        Console.WriteLine(big.Side); // expect: 5
        Square sq = new Square(4);
        Console.WriteLine(Describe(sq)); // expect: square area 16
        Console.WriteLine(sq.Label); // expect: SQ
        Tri t = new Tri();
        Console.WriteLine(Describe(t)); // expect: shape area 6
        Console.WriteLine(t.Label); // expect: SHAPE
    }
}
