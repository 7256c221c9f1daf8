// Shift counts are masked to the operand width (5 bits for int, 6 bits for long).
using System;

class Program
{
    static void Main()
    {
        int one = 1;
        int n = 32;
        Console.WriteLine(one << n); // expect: 1
        Console.WriteLine(one << 33); // expect: 2
        Console.WriteLine(-16 >> 2); // expect: -4
        Console.WriteLine(-16 >> 34); // expect: -4
        Console.WriteLine(1L << 64); // expect: 1
        Console.WriteLine(1L << 65); // expect: 2
        uint u = 0x80000000;
        Console.WriteLine(u >> 31); // expect: 1
        Console.WriteLine(u >> 32); // expect: 2147483648
        Console.WriteLine(one << -1); // expect: -2147483648
        byte b = 1;
        Console.WriteLine(b << 8); // expect: 256
        int neg = -1;
        Console.WriteLine((uint)neg >> 28); // expect: 15
        Console.WriteLine(neg >> 28); // expect: -1
    }
}
