using System;

class Program
{
    static void Main()
    {
        int x = 2147483647 + 1; // error CS0220
        Console.WriteLine(x);
    }
}
