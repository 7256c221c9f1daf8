// const locals and constant folding of their expressions.
using System;

class Program
{
    const int Scale = 10;

    static void Main()
    {
        const int a = 6;
        const int b = a * 7;
        const long big = (long)b << 32;
        const double half = 1.0 / 2;
        const string greeting = "hi " + "there";
        const char first = 'Q';
        const bool flag = a > 5 && b == 42;
        Console.WriteLine(b); // expect: 42
        Console.WriteLine(big); // expect: 180388626432
        Console.WriteLine(half); // expect: 0.5
        Console.WriteLine(greeting); // expect: hi there
        Console.WriteLine(first); // expect: Q
        Console.WriteLine(flag); // expect: True
        Console.WriteLine(Scale * b); // expect: 420
        const byte small = 200;
        byte copy = small;
        Console.WriteLine(copy + small); // expect: 400
        const int neg = -a;
        Console.WriteLine(neg % 4); // expect: -2
        const uint mask = 0xFFu >> 4;
        Console.WriteLine(mask); // expect: 15
    }
}
