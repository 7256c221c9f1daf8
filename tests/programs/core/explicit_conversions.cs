// Explicit numeric conversions: truncation toward zero and wrap-around in unchecked code.
using System;

class Program
{
    static void Main()
    {
        double d = -3.7;
        Console.WriteLine((int)d); // expect: -3
        Console.WriteLine((int)3.9); // expect: 3
        Console.WriteLine((long)-2.5); // expect: -2
        int minus = -1;
        Console.WriteLine((uint)minus); // expect: 4294967295
        Console.WriteLine((ulong)minus); // expect: 18446744073709551615
        int big = 300;
        Console.WriteLine((byte)big); // expect: 44
        Console.WriteLine((sbyte)big); // expect: 44
        int twoHundred = 200;
        Console.WriteLine((sbyte)twoHundred); // expect: -56
        int seventyK = 70000;
        Console.WriteLine((short)seventyK); // expect: 4464
        Console.WriteLine((char)97); // expect: a
        long l = 4294967297;
        Console.WriteLine((int)l); // expect: 1
        Console.WriteLine((float)0.1); // expect: 0.1
        Console.WriteLine((int)'z'); // expect: 122
        char lStroke = '\u0141';
        Console.WriteLine((byte)lStroke); // expect: 65
        Console.WriteLine((uint)3.99); // expect: 3
    }
}
