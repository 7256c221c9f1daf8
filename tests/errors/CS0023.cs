using System;

class Program
{
    static void Main()
    {
        int x = 5;
        Console.WriteLine(!x); // error CS0023
    }
}
