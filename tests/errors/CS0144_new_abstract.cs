// Creating an instance of an abstract class.
abstract class Shape
{
    public abstract double Area();
}

class Program
{
    static void Main()
    {
        Shape s = new Shape(); // error CS0144
        System.Console.WriteLine(s);
    }
}
