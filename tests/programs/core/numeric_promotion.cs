// Binary numeric promotion picks the operator type: byte+byte is int, int+long is long, int+float is float.
using System;

class Program
{
    static string Kind(int x) { return "int"; }
    static string Kind(uint x) { return "uint"; }
    static string Kind(long x) { return "long"; }
    static string Kind(ulong x) { return "ulong"; }
    static string Kind(float x) { return "float"; }
    static string Kind(double x) { return "double"; }

    static void Main()
    {
        byte b = 1;
        sbyte sb = 1;
        short s = 1;
        ushort us = 1;
        char c = 'c';
        uint u = 1;
        long l = 1;
        Console.WriteLine(Kind(b + b)); // expect: int
        Console.WriteLine(Kind(sb * sb)); // expect: int
        Console.WriteLine(Kind(s + us)); // expect: int
        Console.WriteLine(Kind(c + c)); // expect: int
        Console.WriteLine(Kind(-b)); // expect: int
        Console.WriteLine(Kind(~us)); // expect: int
        Console.WriteLine(Kind(u + u)); // expect: uint
        Console.WriteLine(Kind(u + 1)); // expect: uint
        Console.WriteLine(Kind(u + sb)); // expect: long
        Console.WriteLine(Kind(-u)); // expect: long
        Console.WriteLine(Kind(1 + l)); // expect: long
        Console.WriteLine(Kind(1UL + 2)); // expect: ulong
        Console.WriteLine(Kind(l + 1f)); // expect: float
        Console.WriteLine(Kind(1f + 1.0)); // expect: double
        Console.WriteLine(Kind(b << 1)); // expect: int
        Console.WriteLine(Kind(l >> 1)); // expect: long
    }
}
