// `abstract` is not a valid modifier for a struct.
abstract struct Point // error CS0106
{
    public int X;
}

class Program
{
    static void Main() { System.Console.WriteLine(new Point().X); }
}
