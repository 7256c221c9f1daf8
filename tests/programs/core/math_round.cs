// Math.Round uses banker's rounding (to even) by default; Math.Round(x, digits).
// mono-differs: Mono 6.8 rounds Math.Round(2.5) half away from zero (3); .NET rounds half to even (2)
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Round(2.5)); // expect: 2
        Console.WriteLine(Math.Round(3.5)); // expect: 4
        Console.WriteLine(Math.Round(-2.5)); // expect: -2
        Console.WriteLine(Math.Round(-3.5)); // expect: -4
        Console.WriteLine(Math.Round(0.5)); // expect: 0
        Console.WriteLine(Math.Round(1.5)); // expect: 2
        Console.WriteLine(Math.Round(2.6)); // expect: 3
        Console.WriteLine(Math.Round(2.4)); // expect: 2
        Console.WriteLine(Math.Round(2.345, 2)); // expect: 2.35
        Console.WriteLine(Math.Round(1.005, 2)); // expect: 1
        Console.WriteLine(Math.Round(3.14159, 3)); // expect: 3.142
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero)); // expect: 3
        Console.WriteLine(Math.Round(-2.5, MidpointRounding.AwayFromZero)); // expect: -3
        Console.WriteLine(Math.Round(1234.5678, 0)); // expect: 1235
    }
}
