using System;

class Program
{
    static void Main()
    {
        int x;
        int y = 3;
        if (y > 2) x = 1;
        Console.WriteLine(x); // error CS0165
    }
}
