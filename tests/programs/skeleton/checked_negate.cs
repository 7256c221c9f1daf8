// Negating int.MinValue wraps unchecked and throws checked.
// throws: System.OverflowException
using System;

class Program
{
    static void Main()
    {
        int min = -2147483648;
        Console.WriteLine(-min);          // expect: -2147483648
        Console.WriteLine(checked(-5));   // expect: -5
        int x = 7;
        Console.WriteLine(checked(-x));   // expect: -7
        Console.WriteLine(checked(-min));
    }
}
