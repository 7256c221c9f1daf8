// The arithmetic operators on int, long and double, including unary plus and minus.
using System;

class Program
{
    static void Main()
    {
        int a = 17;
        int b = 5;
        Console.WriteLine(a + b); // expect: 22
        Console.WriteLine(a - b); // expect: 12
        Console.WriteLine(a * b); // expect: 85
        Console.WriteLine(a / b); // expect: 3
        Console.WriteLine(a % b); // expect: 2
        Console.WriteLine(-a); // expect: -17
        Console.WriteLine(+a); // expect: 17
        Console.WriteLine(- -a); // expect: 17
        long c = 1L << 40;
        Console.WriteLine(c / 3 + c % 3); // expect: 366503875926
        double x = 17;
        double y = 5;
        Console.WriteLine(x / y); // expect: 3.4
        Console.WriteLine(x % y); // expect: 2
        Console.WriteLine(a / 2.0); // expect: 8.5
        Console.WriteLine(a / 2 * 2.0); // expect: 16
        Console.WriteLine(1 / 2); // expect: 0
        Console.WriteLine(-1 / 2); // expect: 0
    }
}
