// An explicitly typed lambda's parameter types must be the delegate's.
using System;

class Program
{
    static void Main()
    {
        Func<int, int> f = (long x) => 1; // error CS1661
    }
}
