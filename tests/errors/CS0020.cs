using System;

class Program
{
    static void Main()
    {
        int x = 1 / 0; // error CS0020
        Console.WriteLine(x);
    }
}
