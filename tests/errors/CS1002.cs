using System;

class Program
{
    static void Main()
    {
        int x = 1 // error CS1002
        Console.WriteLine(x);
    }
}
