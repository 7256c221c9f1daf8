using System;

class Program
{
    static void Main()
    {
        decimal d = 2.5m;
        double x = d; // error CS0266
        Console.WriteLine(x);
    }
}
