// An instance member declared in a static class.
static class Util
{
    public static int One() { return 1; }
    public int Two() { return 2; } // error CS0708
}

class Program
{
    static void Main() { System.Console.WriteLine(Util.One()); }
}
