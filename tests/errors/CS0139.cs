using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
        break; // error CS0139
    }
}
