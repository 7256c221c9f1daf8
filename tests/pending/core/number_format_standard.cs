// Standard numeric format strings: D5 N2 F3 E2 X x8 G.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(42.ToString("D5")); // expect: 00042
        Console.WriteLine((-42).ToString("D5")); // expect: -00042
        Console.WriteLine(1234567.891.ToString("N2")); // expect: 1,234,567.89
        Console.WriteLine(1234.ToString("N")); // expect: 1,234.00
        Console.WriteLine(3.14159.ToString("F3")); // expect: 3.142
        Console.WriteLine(2.ToString("F3")); // expect: 2.000
        Console.WriteLine(12345.6789.ToString("E2")); // expect: 1.23E+004
        Console.WriteLine(0.000123.ToString("E3")); // expect: 1.230E-004
        Console.WriteLine(255.ToString("X")); // expect: FF
        Console.WriteLine(255.ToString("x8")); // expect: 000000ff
        Console.WriteLine((-1).ToString("X")); // expect: FFFFFFFF
        Console.WriteLine((-1L).ToString("x")); // expect: ffffffffffffffff
        Console.WriteLine(((byte)10).ToString("X2")); // expect: 0A
        Console.WriteLine(123.456.ToString("G")); // expect: 123.456
        Console.WriteLine(123.456.ToString("G4")); // expect: 123.5
        Console.WriteLine(1e20.ToString("G")); // expect: 1E+20
        Console.WriteLine(42.ToString("G")); // expect: 42
        Console.WriteLine((-1234.5).ToString("N1")); // expect: -1,234.5
    }
}
