// virtual/override: the runtime type picks the method, whatever the static type of the reference.
using System;

class Shape
{
    public virtual string Name() { return "shape"; }
    public virtual int Corners() { return 0; }
    public string Describe() { return Name() + "/" + Corners(); }
}

class Triangle : Shape
{
    public override string Name() { return "triangle"; }
    public override int Corners() { return 3; }
}

class Square : Shape
{
    public override int Corners() { return 4; }
}

class Program
{
    static void Main()
    {
        Shape s = new Triangle();
        Console.WriteLine(s.Name());        // expect: triangle
        Console.WriteLine(s.Describe());    // expect: triangle/3
        s = new Square();
        Console.WriteLine(s.Describe());    // expect: shape/4
        s = new Shape();
        Console.WriteLine(s.Describe());    // expect: shape/0
        object o = new Triangle();
        Console.WriteLine(((Shape)o).Corners()); // expect: 3
    }
}
