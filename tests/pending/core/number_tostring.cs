// ToString() of every numeric type with its default format.
using System;

class Program
{
    static void Main()
    {
        sbyte sb = -8;
        byte b = 200;
        short s = -300;
        ushort us = 60000;
        int i = -123456;
        uint ui = 4000000000;
        long l = -9000000000;
        ulong ul = 18000000000000000000;
        float f = 1.25f;
        double d = -0.5;
        char c = 'k';
        bool t = false;
        Console.WriteLine(sb.ToString()); // expect: -8
        Console.WriteLine(b.ToString()); // expect: 200
        Console.WriteLine(s.ToString()); // expect: -300
        Console.WriteLine(us.ToString()); // expect: 60000
        Console.WriteLine(i.ToString()); // expect: -123456
        Console.WriteLine(ui.ToString()); // expect: 4000000000
        Console.WriteLine(l.ToString()); // expect: -9000000000
        Console.WriteLine(ul.ToString()); // expect: 18000000000000000000
        Console.WriteLine(f.ToString()); // expect: 1.25
        Console.WriteLine(d.ToString()); // expect: -0.5
        Console.WriteLine(c.ToString()); // expect: k
        Console.WriteLine(t.ToString()); // expect: False
        Console.WriteLine(5.ToString() + 5); // expect: 55
        Console.WriteLine((-0).ToString()); // expect: 0
        Console.WriteLine(1e21.ToString()); // expect: 1E+21
    }
}
