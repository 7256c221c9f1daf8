// == cannot be applied to two operands of an unconstrained type parameter T.
using System;

class Program
{
    static bool Same<T>(T a, T b)
    {
        return a == b; // error CS0019
    }

    static void Main()
    {
        Console.WriteLine(Same(1, 1));
    }
}
