// short and ushort arithmetic: promotion to int and wrapping on narrowing.
using System;

class Program
{
    static void Main()
    {
        short a = 30000;
        short b = 10000;
        Console.WriteLine(a + b); // expect: 40000
        Console.WriteLine((short)(a + b)); // expect: -25536
        ushort u = 65535;
        Console.WriteLine(u + 1); // expect: 65536
        Console.WriteLine((ushort)(u + 1)); // expect: 0
        ushort v = 0;
        v--;
        Console.WriteLine(v); // expect: 65535
        short m = short.MinValue;
        m--;
        Console.WriteLine(m); // expect: 32767
        Console.WriteLine(unchecked((short)65535)); // expect: -1
        short minusTwo = -2;
        Console.WriteLine((ushort)minusTwo); // expect: 65534
        Console.WriteLine(a / 7 + " " + a % 7); // expect: 4285 5
        Console.WriteLine(a * a); // expect: 900000000
    }
}
