using System;

class Program
{
    static void Main()
    {
        decimal d = 1e29m; // error CS0594
        Console.WriteLine(d);
    }
}
