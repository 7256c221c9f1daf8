// long arithmetic near the limits, and mixing long with int.
using System;

class Program
{
    static void Main()
    {
        long big = long.MaxValue;
        Console.WriteLine(big + 1); // expect: -9223372036854775808
        long min = long.MinValue;
        Console.WriteLine(min - 1); // expect: 9223372036854775807
        int i = 2000000000;
        Console.WriteLine(i * 2L); // expect: 4000000000
        Console.WriteLine(i * 2); // expect: -294967296
        Console.WriteLine((long)i * i); // expect: 4000000000000000000
        Console.WriteLine(big / int.MaxValue); // expect: 4294967298
        Console.WriteLine(-7L / 2 + " " + -7L % 2); // expect: -3 -1
        Console.WriteLine(1L << 40); // expect: 1099511627776
    }
}
