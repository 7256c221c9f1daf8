using System;

class Program
{
    static void Main()
    {
        Func<int, int> f = (a, b) => a + b; // error CS1593
        Console.WriteLine(f(1));
    }
}
