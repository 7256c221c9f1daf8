// A checked expression that overflows throws System.OverflowException.
using System;

class Program
{
    static void Main()
    {
        int big = int.MaxValue;
        Console.WriteLine(unchecked(big + 1)); // expect: -2147483648
        Console.WriteLine(checked(big - 1)); // expect: 2147483646
        Console.WriteLine("before"); // expect: before
        int r = checked(big + 1); // throws: System.OverflowException
        Console.WriteLine(r);
    }
}
