using System;

class Program
{
    static int Get(int x)
    {
        if (x > 0) return; // error CS0126
        return x;
    }

    static void Main()
    {
        Console.WriteLine(Get(1));
    }
}
