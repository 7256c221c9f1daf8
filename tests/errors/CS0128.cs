using System;

class Program
{
    static void Main()
    {
        int x = 1;
        int x = 2; // error CS0128
        Console.WriteLine(x);
    }
}
