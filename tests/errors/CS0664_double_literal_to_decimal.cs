using System;

class Program
{
    static void Main()
    {
        decimal price = 19.99; // error CS0664
        Console.WriteLine(price);
    }
}
