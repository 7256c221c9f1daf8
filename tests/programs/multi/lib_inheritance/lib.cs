// A library with an abstract base class; its own code calls the virtual members that main.cs overrides.
using System;

public abstract class Shape
{
    protected readonly string name;
    protected Shape(string name) { this.name = name; }
    public abstract int Area();
    public virtual string Describe() { return name + " area " + Area(); }
}

public class Square : Shape
{
    protected int side;
    public Square(int side) : base("square") { this.side = side; }
    public override int Area() { return side * side; }
}

public static class Report
{
    public static void Print(Shape[] shapes)
    {
        int total = 0;
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.Describe());
            total += s.Area();
        }
        Console.WriteLine("total " + total);
    }
}
