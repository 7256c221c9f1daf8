// Compound assignment on narrow types casts the result back implicitly (byte b = 250; b += 10 is 4).
using System;

class Program
{
    static void Main()
    {
        byte b = 250;
        b += 10;
        Console.WriteLine(b); // expect: 4
        b -= 5;
        Console.WriteLine(b); // expect: 255
        b *= 2;
        Console.WriteLine(b); // expect: 254
        sbyte s = 127;
        s += 1;
        Console.WriteLine(s); // expect: -128
        short sh = 32767;
        sh += 1;
        Console.WriteLine(sh); // expect: -32768
        char c = 'a';
        c += 'b';
        Console.WriteLine((int)c); // expect: 195
        ushort us = 1;
        us <<= 16;
        Console.WriteLine(us); // expect: 0
        int i = 10;
        i /= 3;
        i %= 2;
        i |= 6;
        i &= 3;
        i ^= 8;
        i >>= 1;
        Console.WriteLine(i); // expect: 5
        int k = 7;
        k += 2.9 > 1 ? 1 : 0;
        Console.WriteLine(k); // expect: 8
        double d = 1;
        d /= 4;
        Console.WriteLine(d); // expect: 0.25
        string str = "a";
        str += 1;
        str += 'c';
        Console.WriteLine(str); // expect: a1c
    }
}
