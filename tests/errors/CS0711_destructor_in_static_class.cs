// A static class has no instances, so nothing to finalize (§15.2.2.4).
static class Util
{
    ~Util() { } // error CS0711
}

class Program
{
    static void Main() { System.Console.WriteLine(1); }
}
