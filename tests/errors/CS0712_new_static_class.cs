// Creating an instance of a static class.
static class Util
{
    public static int One() { return 1; }
}

class Program
{
    static void Main()
    {
        object u = new Util(); // error CS0712
        System.Console.WriteLine(u);
    }
}
