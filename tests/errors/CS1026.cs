using System;

class Program
{
    static void Main()
    {
        Console.WriteLine((1 + 2); // error CS1026
    }
}
