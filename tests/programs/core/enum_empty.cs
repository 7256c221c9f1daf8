// An enum without members still has its value__ field (ECMA-335 II.14.3):
// values of it convert, print and compare.
using System;

enum Nothing : byte
{
}

enum Empty
{
}

class Program
{
    static void Main()
    {
        Nothing n = 0;
        Empty e = (Empty)42;
        Console.WriteLine(n);
        Console.WriteLine(e);
        Console.WriteLine((int)e + 1);
        Console.WriteLine(e == (Empty)42);
    }
}

// expect: 0
// expect: 42
// expect: 43
// expect: True
