// MinValue/MaxValue/Epsilon and the special constants of float and double.
// mono-differs: Mono 6.8 prints doubles/floats with 15/7 significant digits, not the shortest round-trip form
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(double.MaxValue); // expect: 1.7976931348623157E+308
        Console.WriteLine(double.MinValue); // expect: -1.7976931348623157E+308
        Console.WriteLine(double.Epsilon); // expect: 5E-324
        Console.WriteLine(float.MaxValue); // expect: 3.4028235E+38
        Console.WriteLine(float.MinValue); // expect: -3.4028235E+38
        Console.WriteLine(float.Epsilon); // expect: 1E-45
        Console.WriteLine(double.NaN); // expect: NaN
        Console.WriteLine(double.PositiveInfinity); // expect: Infinity
        Console.WriteLine(double.NegativeInfinity); // expect: -Infinity
        Console.WriteLine(float.NaN); // expect: NaN
        Console.WriteLine(double.Epsilon / 2); // expect: 0
        Console.WriteLine(double.MaxValue * 2); // expect: Infinity
    }
}
