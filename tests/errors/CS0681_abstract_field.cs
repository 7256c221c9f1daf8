// `abstract` on a field (Roslyn and mcs both report CS0681, not CS0106).
abstract class Shape
{
    public abstract int Sides; // error CS0681
}

class Program
{
    static void Main() { System.Console.WriteLine("x"); }
}
