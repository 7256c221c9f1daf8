using System;

class Program
{
    static void Main()
    {
        int x = 1;
        for (int i = 0; i < 3; i++)
        {
            int x = i; // error CS0136
            Console.WriteLine(x);
        }
        Console.WriteLine(x);
    }
}
