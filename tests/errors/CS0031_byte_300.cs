// The constant 300 does not fit in a byte.
using System;

class Program
{
    static void Main()
    {
        byte b = 300; // error CS0031
        Console.WriteLine(b);
    }
}
