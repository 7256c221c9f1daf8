// double printing: shortest round-trip, exponent form, NaN, infinities, -0.
// mono-differs: Mono 6.8 prints doubles/floats with 15/7 significant digits, not the shortest round-trip form
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0.1 + 0.2); // expect: 0.30000000000000004
        Console.WriteLine(1.0 / 3); // expect: 0.3333333333333333
        Console.WriteLine(2.0 / 3); // expect: 0.6666666666666666
        Console.WriteLine(1e16); // expect: 10000000000000000
        Console.WriteLine(1e15); // expect: 1000000000000000
        Console.WriteLine(123456789012345.0); // expect: 123456789012345
        Console.WriteLine(1e-5); // expect: 1E-05
        Console.WriteLine(0.0001); // expect: 0.0001
        Console.WriteLine(-0.0); // expect: -0
        Console.WriteLine(0.0 / 0.0); // expect: NaN
        Console.WriteLine(1.5e300 * 1e10); // expect: Infinity
        Console.WriteLine(-1.0 / 0.0); // expect: -Infinity
        Console.WriteLine(3.0); // expect: 3
        Console.WriteLine(2.5); // expect: 2.5
        Console.WriteLine(100.0 * 1.1); // expect: 110.00000000000001
        Console.WriteLine(Math.PI); // expect: 3.141592653589793
    }
}
