// double does not convert implicitly to float.
using System;

class Program
{
    static void Main()
    {
        double d = 1.5;
        float f = d; // error CS0266
        Console.WriteLine(f);
    }
}
