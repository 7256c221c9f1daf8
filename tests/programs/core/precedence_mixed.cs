// Operator precedence and associativity across unary, multiplicative, shift, relational, equality and logical operators.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(2 + 3 * 4); // expect: 14
        Console.WriteLine((2 + 3) * 4); // expect: 20
        Console.WriteLine(1 + 2 << 3); // expect: 24
        Console.WriteLine(1 << 2 + 3); // expect: 32
        Console.WriteLine(10 - 4 - 3); // expect: 3
        Console.WriteLine(100 / 10 / 5); // expect: 2
        Console.WriteLine(-2 * -3); // expect: 6
        Console.WriteLine(-7 % 4 * 2); // expect: -6
        Console.WriteLine(5 & 3 + 1); // expect: 4
        Console.WriteLine(1 < 2 == 3 > 4); // expect: False
        Console.WriteLine(true || false && false); // expect: True
        Console.WriteLine(!false && false); // expect: False
        Console.WriteLine(6 ^ 3 | 8 & 12); // expect: 13
        int x = 3;
        Console.WriteLine(x++ * 2 + --x); // expect: 9
        Console.WriteLine(~x + 1); // expect: -3
        int a, b, c;
        a = b = c = 4;
        Console.WriteLine(a + b + c); // expect: 12
        Console.WriteLine("s" + 1 + 2); // expect: s12
        Console.WriteLine(1 + 2 + "s"); // expect: 3s
    }
}
