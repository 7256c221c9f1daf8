// Convert.ToInt32 of bad text raises FormatException; of a too-large number, OverflowException; null gives 0.
using System;

class Program
{
    static void Main()
    {
        try { Convert.ToInt32("x"); }
        catch (FormatException e) { Console.WriteLine(e.GetType().Name); } // expect: FormatException
        try { Convert.ToInt32("5000000000"); }
        catch (OverflowException) { Console.WriteLine("too big"); } // expect: too big
        try { Convert.ToInt32(1e12); }
        catch (OverflowException) { Console.WriteLine("double too big"); } // expect: double too big
        string none = null;
        Console.WriteLine(Convert.ToInt32(none)); // expect: 0
        Console.WriteLine(Convert.ToInt32(" 17 ")); // expect: 17
    }
}
