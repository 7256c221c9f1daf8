// uint arithmetic wraps modulo 2^32; uint compared with int promotes to long.
using System;

class Program
{
    static void Main()
    {
        uint a = 4000000000;
        uint b = 500000000;
        Console.WriteLine(a + b); // expect: 205032704
        Console.WriteLine(b - a); // expect: 794967296
        Console.WriteLine(a / 3); // expect: 1333333333
        Console.WriteLine(a % 7); // expect: 3
        Console.WriteLine(a >> 4); // expect: 250000000
        uint z = 0;
        z--;
        Console.WriteLine(z); // expect: 4294967295
        int neg = -1;
        Console.WriteLine(a > neg); // expect: True
        Console.WriteLine(a + neg); // expect: 3999999999
        Console.WriteLine(a * 2); // expect: 3705032704
        Console.WriteLine(a * 2L); // expect: 8000000000
        Console.WriteLine(uint.MaxValue / 2); // expect: 2147483647
    }
}
