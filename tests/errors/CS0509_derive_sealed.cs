// Deriving from a sealed class.
sealed class Leaf
{
    public int V;
}

class MoreLeaf : Leaf // error CS0509
{
}

class Program
{
    static void Main() { System.Console.WriteLine(new MoreLeaf().V); }
}
