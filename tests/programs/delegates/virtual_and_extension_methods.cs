// Delegates over virtual, abstract, interface and extension methods: the override runs through the delegate, extension methods bind their receiver as Target.
using System;

interface IGreeter
{
    string Greet(string who);
}

abstract class Shape
{
    public abstract double Area();
    public virtual string Name() { return "shape"; }
}

class Square : Shape, IGreeter
{
    private double side;
    public Square(double side) { this.side = side; }
    public override double Area() { return side * side; }
    public override string Name() { return "square"; }
    public string Greet(string who) { return "square greets " + who; }
    public Func<string> BaseName() { return base.Name; }
}

class Circle : Shape
{
    public override double Area() { return 3.0; }
}

class Box
{
    public int Width;
    public int Height;
    public Box(int w, int h) { Width = w; Height = h; }
    public override string ToString() { return "Box " + Width + "x" + Height; }
}

static class Extensions
{
    public static int Perimeter(this Box b) { return 2 * (b.Width + b.Height); }
    public static Box Grow(this Box b, int by) { return new Box(b.Width + by, b.Height + by); }
    public static string Shout(this string s) { return s.ToUpper() + "!"; }
}

class Program
{
    static void Main()
    {
        Shape s = new Square(4);
        Func<double> area = s.Area;
        Func<string> name = s.Name;
        Console.WriteLine(area()); // expect: 16
        Console.WriteLine(name()); // expect: square

        Shape c = new Circle();
        Func<string> cname = c.Name;
        Func<double> carea = new Func<double>(c.Area);
        Console.WriteLine(cname() + " " + carea()); // expect: shape 3

        Square sq = new Square(2);
        Console.WriteLine(sq.BaseName()()); // expect: shape

        IGreeter g = sq;
        Func<string, string> greet = g.Greet;
        Console.WriteLine(greet("you")); // expect: square greets you

        Box box = new Box(2, 3);
        Func<int> perim = box.Perimeter;
        Func<int, Box> grow = box.Grow;
        Console.WriteLine(perim()); // expect: 10
        Console.WriteLine(grow(5)); // expect: Box 7x8
        Console.WriteLine(perim.Target); // expect: Box 2x3
        box.Width = 10;
        Console.WriteLine(perim()); // expect: 26

        Func<string> shout = "hey".Shout;
        Console.WriteLine(shout()); // expect: HEY!
        Func<Box, int> open = Extensions.Perimeter;
        Console.WriteLine(open(new Box(1, 1))); // expect: 4
    }
}
