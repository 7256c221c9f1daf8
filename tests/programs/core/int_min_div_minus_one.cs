// int.MinValue / -1 throws System.OverflowException on .NET even in unchecked code.
using System;

class Program
{
    static void Main()
    {
        int min = int.MinValue;
        int m1 = -1;
        Console.WriteLine(unchecked(min * m1)); // expect: -2147483648
        Console.WriteLine(unchecked(-min)); // expect: -2147483648
        Console.WriteLine(min / 1); // expect: -2147483648
        int q = unchecked(min / m1); // throws: System.OverflowException
        Console.WriteLine(q);
    }
}
