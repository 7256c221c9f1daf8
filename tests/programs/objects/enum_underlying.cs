// Enums with byte and long underlying types: casts, large values, sizes of arithmetic results.
using System;

enum Level : byte { Low = 1, Mid = 128, High = 255 }
enum Big : long { Small = 1, Huge = 5000000000, Neg = -1 }
enum Tiny : sbyte { Min = -128, Max = 127 }

class Program
{
    static void Main()
    {
        Level l = Level.High;
        Console.WriteLine(l);                    // expect: High
        Console.WriteLine((byte)l);              // expect: 255
        Console.WriteLine((int)Level.Mid);       // expect: 128
        Console.WriteLine((long)Big.Huge);       // expect: 5000000000
        Console.WriteLine(Big.Neg);              // expect: Neg
        Console.WriteLine((long)Big.Neg);        // expect: -1
        Big b = (Big)5000000000L;
        Console.WriteLine(b == Big.Huge);        // expect: True
        Console.WriteLine((int)Tiny.Min);        // expect: -128
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Level)).Name); // expect: Byte
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Big)).Name);   // expect: Int64
    }
}
