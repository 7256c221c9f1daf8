// Optional parameters must appear after all required parameters.
using System;

class Program
{
    static int Add(int a = 1, int b) // error CS1737
    {
        return a + b;
    }

    static void Main()
    {
        Console.WriteLine(Add(2, 3));
    }
}
