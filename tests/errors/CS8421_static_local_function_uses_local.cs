using System;

class Program
{
    static void Main()
    {
        int k = 0;
        static int Twice(int x) => x * 2;
        static void Set() { k = 5; } // error CS8421
        Set();
        Console.WriteLine(Twice(k));
    }
}
