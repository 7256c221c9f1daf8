// decimal overflow: arithmetic past decimal's range throws OverflowException in checked and
// unchecked code alike, division by zero throws DivideByZeroException.
using System;

class DecimalOverflow
{
    static void Main()
    {
        decimal max = decimal.MaxValue;
        try { Console.WriteLine(max + 1); }
        catch (OverflowException e) { Console.WriteLine("add: " + e.Message); } // expect: add: Value was either too large or too small for a Decimal.
        try { Console.WriteLine(unchecked(max * 2)); }
        catch (OverflowException e) { Console.WriteLine("mul: " + e.Message); } // expect: mul: Value was either too large or too small for a Decimal.
        decimal min = decimal.MinValue;
        try { Console.WriteLine(min - 1); }
        catch (OverflowException e) { Console.WriteLine("sub: " + e.Message); } // expect: sub: Value was either too large or too small for a Decimal.
        decimal zero = 0;
        try { Console.WriteLine(1m / zero); }
        catch (DivideByZeroException e) { Console.WriteLine("div: " + e.Message); } // expect: div: Attempted to divide by zero.
        try { Console.WriteLine(1m % zero); }
        catch (DivideByZeroException e) { Console.WriteLine("rem: " + e.Message); } // expect: rem: Attempted to divide by zero.
        Console.WriteLine(max + 0.4m); // expect: 79228162514264337593543950335
        Console.WriteLine(max - 0.5m); // expect: 79228162514264337593543950334
        Console.WriteLine(0.0000000000000000000000000001m * 0.1m); // expect: 0.0000000000000000000000000000
        decimal f = 1;
        for (int i = 1; i <= 27; i++) f *= i;
        Console.WriteLine(f); // expect: 10888869450418352160768000000
        try { f *= 28; Console.WriteLine(f); }
        catch (OverflowException) { Console.WriteLine("28! overflows"); } // expect: 28! overflows
    }
}
