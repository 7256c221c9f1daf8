// float (single) arithmetic and its shortest round-trip printing.
// mono-differs: Mono 6.8 prints doubles/floats with 15/7 significant digits, not the shortest round-trip form
using System;

class Program
{
    static void Main()
    {
        float a = 1.1f;
        Console.WriteLine(a); // expect: 1.1
        Console.WriteLine(0.1f + 0.2f); // expect: 0.3
        Console.WriteLine(1f / 3f); // expect: 0.33333334
        Console.WriteLine(a * 3); // expect: 3.3000002
        Console.WriteLine(2.5f * 4); // expect: 10
        Console.WriteLine(16777216f + 1f); // expect: 16777216
        float f = 1e10f;
        Console.WriteLine(f); // expect: 1E+10
        Console.WriteLine((double)1.1f); // expect: 1.100000023841858
        Console.WriteLine(-a); // expect: -1.1
        Console.WriteLine(123456.789f); // expect: 123456.79
        Console.WriteLine(0.0001f); // expect: 0.0001
        Console.WriteLine(1e-5f); // expect: 1E-05
    }
}
