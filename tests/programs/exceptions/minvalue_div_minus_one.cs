// int.MinValue / -1 and int.MinValue % -1 raise OverflowException (ECMA-335 III.3.31, III.3.55), as does long.MinValue / -1.
using System;

class Program
{
    static void Main()
    {
        int min = int.MinValue;
        int m1 = -1;
        try { Console.WriteLine(min / m1); }
        catch (OverflowException e) { Console.WriteLine("div: " + e.Message); } // expect: div: Arithmetic operation resulted in an overflow.
        try { Console.WriteLine(min % m1); }
        catch (OverflowException) { Console.WriteLine("rem overflow"); } // expect: rem overflow
        long lmin = long.MinValue;
        long lm1 = -1;
        try { Console.WriteLine(lmin / lm1); }
        catch (OverflowException) { Console.WriteLine("long div"); } // expect: long div
        Console.WriteLine(min / 1); // expect: -2147483648
        Console.WriteLine(unchecked(min * m1)); // expect: -2147483648
    }
}
