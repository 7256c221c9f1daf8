// An out parameter may not be read before it is assigned.
using System;

class Program
{
    static void Next(out int value)
    {
        value = value + 1; // error CS0269
    }

    static void Main()
    {
        int v;
        Next(out v);
        Console.WriteLine(v);
    }
}
