// Arithmetic in a checked context throws on overflow; unchecked wraps.
// throws: System.OverflowException
using System;

class Program
{
    static int Add(int a, int b)
    {
        return checked(a + b);
    }

    static void Main()
    {
        int big = 2147483647;
        Console.WriteLine(unchecked(big + 1)); // expect: -2147483648
        Console.WriteLine(Add(40, 2));         // expect: 42
        long l = 9223372036854775807;
        Console.WriteLine(l + 1);              // expect: -9223372036854775808
        Console.WriteLine(Add(big, 1));
    }
}
