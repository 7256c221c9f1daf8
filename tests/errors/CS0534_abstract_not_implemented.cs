// A concrete class that does not implement an inherited abstract method.
abstract class Shape
{
    public abstract double Area();
    public abstract string Name();
}

class Square : Shape // error CS0534
{
    public override double Area() { return 1; }
}

class Program
{
    static void Main() { System.Console.WriteLine(new Square().Area()); }
}
