// An abstract method inside a class that is not abstract.
class Shape
{
    public abstract double Area(); // error CS0513
}

class Program
{
    static void Main() { System.Console.WriteLine("x"); }
}
