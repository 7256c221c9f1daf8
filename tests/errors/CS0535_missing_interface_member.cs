// A class listing an interface without implementing one of its members.
interface IShape
{
    double Area();
    string Name { get; }
}

class Circle : IShape // error CS0535
{
    public double Area() { return 3; }
}

class Program
{
    static void Main() { System.Console.WriteLine(new Circle().Area()); }
}
