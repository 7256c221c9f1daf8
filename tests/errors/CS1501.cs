using System;

class Program
{
    static int Add(int a, int b) { return a + b; }

    static void Main()
    {
        Console.WriteLine(Add(1, 2, 3)); // error CS1501
    }
}
