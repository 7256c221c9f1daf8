// Integer / and % by zero raise DivideByZeroException for int and long; double division does not.
using System;

class Program
{
    static void Main()
    {
        int zero = 0;
        long lzero = 0;
        try { Console.WriteLine(7 / zero); }
        catch (DivideByZeroException e) { Console.WriteLine("int / : " + e.Message); } // expect: int / : Attempted to divide by zero.
        try { Console.WriteLine(7 % zero); }
        catch (DivideByZeroException) { Console.WriteLine("int %"); } // expect: int %
        try { Console.WriteLine(7L / lzero); }
        catch (DivideByZeroException) { Console.WriteLine("long /"); } // expect: long /
        try { Console.WriteLine(7L % lzero); }
        catch (DivideByZeroException) { Console.WriteLine("long %"); } // expect: long %
        uint uzero = 0;
        try { Console.WriteLine(7u / uzero); }
        catch (DivideByZeroException) { Console.WriteLine("uint /"); } // expect: uint /
        double d = 0.0;
        Console.WriteLine(double.IsInfinity(1.0 / d)); // expect: True
    }
}
