using System;

class Program
{
    static void Main()
    {
        decimal d = 1.5m;
        double x = 2.0;
        Console.WriteLine(d + x); // error CS0019
    }
}
