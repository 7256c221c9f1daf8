using System;

class Program
{
    static int Twice(int x) { return 2 * x; }

    static void Main()
    {
        Console.WriteLine(Twice("two")); // error CS1503
    }
}
