using System;

class Program
{
    int Instance() { return 1; }

    static void Main()
    {
        Console.WriteLine(Instance()); // error CS0120
    }
}
