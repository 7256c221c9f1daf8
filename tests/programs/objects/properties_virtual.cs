// Virtual and abstract properties overridden in derived classes, one override adding behaviour in the setter.
using System;

abstract class Shape
{
    public abstract double Area { get; }
    public virtual string Name { get { return "shape"; } }
    public virtual int Size { get; set; }
}

class Square : Shape
{
    public override double Area => Size * Size;
    public override string Name { get { return "square"; } }
    public override int Size
    {
        get { return base.Size; }
        set { base.Size = value < 0 ? 0 : value; }
    }
}

class Program
{
    static void Main()
    {
        Shape s = new Square();
        s.Size = 4;
        Console.WriteLine(s.Name + " " + s.Area); // expect: square 16
        s.Size = -3;
        Console.WriteLine(s.Size);                // expect: 0
    }
}
