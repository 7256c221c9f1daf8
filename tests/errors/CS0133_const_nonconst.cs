// A const local must be initialized with a constant expression.
using System;

class Program
{
    static void Main()
    {
        int n = 5;
        const int twice = n * 2; // error CS0133
        Console.WriteLine(twice);
    }
}
