// Only classes have destructors: a struct is never finalized (§15.13).
struct Point
{
    public int X;
    ~Point() { } // error CS0575
}

class Program
{
    static void Main() { System.Console.WriteLine(new Point().X); }
}
