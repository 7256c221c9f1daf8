// Every return path must assign all out parameters.
// mcs-differs: Roslyn reports CS0177 at the offending return statement; mcs 6.8 reports it at the parameter (line 7).
using System;

class Program
{
    static bool TryHalf(int x, out int half)
    {
        if (x % 2 == 0)
        {
            half = x / 2;
            return true;
        }
        return false; // error CS0177
    }

    static void Main()
    {
        int h;
        Console.WriteLine(TryHalf(4, out h));
    }
}
