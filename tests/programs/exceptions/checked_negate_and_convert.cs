// Checked negation of int.MinValue and checked narrowing conversions raise OverflowException.
using System;

class Program
{
    static void Main()
    {
        int min = int.MinValue;
        try { Console.WriteLine(checked(-min)); }
        catch (OverflowException) { Console.WriteLine("negate"); } // expect: negate
        long l = 3000000000L;
        try { Console.WriteLine(checked((int)l)); }
        catch (OverflowException) { Console.WriteLine("long to int"); } // expect: long to int
        int n = 300;
        try { Console.WriteLine(checked((byte)n)); }
        catch (OverflowException) { Console.WriteLine("int to byte"); } // expect: int to byte
        int neg = -1;
        try { Console.WriteLine(checked((uint)neg)); }
        catch (OverflowException) { Console.WriteLine("int to uint"); } // expect: int to uint
        double d = 1e20;
        try { Console.WriteLine(checked((long)d)); }
        catch (OverflowException) { Console.WriteLine("double to long"); } // expect: double to long
        Console.WriteLine(unchecked((byte)n)); // expect: 44
        Console.WriteLine(checked((byte)200)); // expect: 200
    }
}
