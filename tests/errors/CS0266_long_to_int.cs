// long does not convert implicitly to int, even when the long is a product with a long literal.
using System;

class Program
{
    static void Main()
    {
        int count = 3;
        int total = count * 2L; // error CS0266
        Console.WriteLine(total);
    }
}
