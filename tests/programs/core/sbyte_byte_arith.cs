// sbyte and byte arithmetic: operands promote to int, casts truncate.
using System;

class Program
{
    static void Main()
    {
        byte a = 200;
        byte b = 100;
        Console.WriteLine(a + b); // expect: 300
        Console.WriteLine((byte)(a + b)); // expect: 44
        Console.WriteLine(b - a); // expect: -100
        Console.WriteLine((byte)(b - a)); // expect: 156
        Console.WriteLine(a * b); // expect: 20000
        Console.WriteLine(a / 3); // expect: 66
        sbyte s = -100;
        sbyte t = 50;
        Console.WriteLine(s - t); // expect: -150
        Console.WriteLine((sbyte)(s - t)); // expect: 106
        Console.WriteLine(-s); // expect: 100
        Console.WriteLine(unchecked((sbyte)128)); // expect: -128
        Console.WriteLine((sbyte)a); // expect: -56
        Console.WriteLine((byte)s); // expect: 156
        Console.WriteLine(~a); // expect: -201
        Console.WriteLine((byte)~a); // expect: 55
    }
}
