// An argument for a ref parameter must be passed with the 'ref' keyword.
// mcs-differs: mcs 6.8 also reports CS1502 (best overload has invalid arguments); Roslyn reports only CS1620 for a single candidate.
using System;

class Program
{
    static void Swap(ref int a, ref int b)
    {
        int t = a;
        a = b;
        b = t;
    }

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, y); // error CS1620
        Console.WriteLine(x + y);
    }
}
