using System;

class Program
{
    static void Main()
    {
        int x = 1;
        Console.WriteLine(x + y); // error CS0103
    }
}
