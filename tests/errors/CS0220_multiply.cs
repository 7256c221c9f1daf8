// A constant expression that overflows int is a compile-time error.
using System;

class Program
{
    static void Main()
    {
        int x = 100000 * 100000; // error CS0220
        Console.WriteLine(x);
    }
}
