// ulong arithmetic: wrapping, unsigned division and shifts.
using System;

class Program
{
    static void Main()
    {
        ulong a = ulong.MaxValue;
        Console.WriteLine(a + 1); // expect: 0
        Console.WriteLine(a / 10); // expect: 1844674407370955161
        Console.WriteLine(a % 10); // expect: 5
        Console.WriteLine(a >> 60); // expect: 15
        ulong b = 10000000000000000000;
        Console.WriteLine(b); // expect: 10000000000000000000
        Console.WriteLine(b * 2); // expect: 1553255926290448384
        Console.WriteLine(b > 9223372036854775807UL); // expect: True
        Console.WriteLine((long)b); // expect: -8446744073709551616
        Console.WriteLine(unchecked((ulong)(long)-1)); // expect: 18446744073709551615
        ulong c = 3;
        c -= 5;
        Console.WriteLine(c); // expect: 18446744073709551614
        Console.WriteLine(1UL << 63); // expect: 9223372036854775808
    }
}
