using System;

class Program
{
    static void Main()
    {
        bool b = true + 1; // error CS0019
        Console.WriteLine(b);
    }
}
