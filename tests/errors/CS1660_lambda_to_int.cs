using System;

class Program
{
    static void Main()
    {
        int n = x => x * 2; // error CS1660
        Console.WriteLine(n);
    }
}
