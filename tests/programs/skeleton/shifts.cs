using System;

class Program
{
    static void Main()
    {
        int one = 1;
        Console.WriteLine(1 << 33); // expect: 2
        Console.WriteLine(one << 31); // expect: -2147483648
        Console.WriteLine(one << 32); // expect: 1
        Console.WriteLine(one << 33); // expect: 2
        int n = 35;
        Console.WriteLine(one << n); // expect: 8
        Console.WriteLine(-1 >> 1); // expect: -1
        int neg = -16;
        Console.WriteLine(neg >> 2); // expect: -4
        Console.WriteLine(neg >> 34); // expect: -4
        Console.WriteLine(neg << 28); // expect: 0
        int minus = -7;
        // >> on a negative int is arithmetic: it rounds towards negative infinity.
        Console.WriteLine(minus >> 1); // expect: -4
        Console.WriteLine(255 >> 4); // expect: 15

        // A long shift count is masked to 6 bits.
        long lone = 1;
        Console.WriteLine(lone << 40); // expect: 1099511627776
        Console.WriteLine(lone << 63); // expect: -9223372036854775808
        Console.WriteLine(lone << 64); // expect: 1
        Console.WriteLine(lone << 65); // expect: 2
        long big = -1099511627776;
        Console.WriteLine(big >> 40); // expect: -1
        Console.WriteLine(big >> 20); // expect: -1048576
        Console.WriteLine((long)1 << 35); // expect: 34359738368

        int s = 3;
        s <<= 4;
        Console.WriteLine(s); // expect: 48
        s >>= 3;
        Console.WriteLine(s); // expect: 6
    }
}
