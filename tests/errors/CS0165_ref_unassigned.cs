// A local passed by ref must be definitely assigned first (out would be fine).
using System;

class Program
{
    static void Bump(ref int x)
    {
        x++;
    }

    static void Main()
    {
        int counter;
        Bump(ref counter); // error CS0165
        Console.WriteLine(counter);
    }
}
