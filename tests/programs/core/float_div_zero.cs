// Floating division by zero gives infinities and NaN, never an exception.
using System;

class Program
{
    static void Main()
    {
        double zero = 0.0;
        Console.WriteLine(1.0 / zero); // expect: Infinity
        Console.WriteLine(-1.0 / zero); // expect: -Infinity
        Console.WriteLine(zero / zero); // expect: NaN
        Console.WriteLine(1.0 / -zero); // expect: -Infinity
        float fz = 0f;
        Console.WriteLine(2f / fz); // expect: Infinity
        double inf = 1.0 / zero;
        Console.WriteLine(inf - inf); // expect: NaN
        Console.WriteLine(inf > double.MaxValue); // expect: True
        double nan = zero / zero;
        Console.WriteLine(nan == nan); // expect: False
        Console.WriteLine(nan != nan); // expect: True
        Console.WriteLine(double.IsNaN(nan)); // expect: True
        Console.WriteLine(double.IsInfinity(-inf)); // expect: True
        Console.WriteLine(nan < 1.0 || nan >= 1.0); // expect: False
    }
}
