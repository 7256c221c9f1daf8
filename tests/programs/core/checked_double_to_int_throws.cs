// A checked conversion of an out-of-range double to int throws System.OverflowException.
using System;

class Program
{
    static void Main()
    {
        double ok = 2147483647.9;
        Console.WriteLine(checked((int)ok)); // expect: 2147483647
        double d = 3.9e10;
        Console.WriteLine(checked((int)d)); // throws: System.OverflowException
    }
}
