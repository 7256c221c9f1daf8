using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(2 + 3 * 4); // expect: 14
        Console.WriteLine((2 + 3) * 4); // expect: 20
        Console.WriteLine(20 - 6 - 4); // expect: 10
        Console.WriteLine(100 / 10 / 5); // expect: 2
        Console.WriteLine(7 + 9 % 4 * 3); // expect: 10
        Console.WriteLine(1 + 2 << 3); // expect: 24
        Console.WriteLine(-3 * -3); // expect: 9
        Console.WriteLine(- -3); // expect: 3
        int x = 6;
        Console.WriteLine(x > 3 && x < 10 || x == 0); // expect: True
        Console.WriteLine(!(x > 3) || x % 2 == 0); // expect: True
        Console.WriteLine(x & 3 + 1); // expect: 4
        Console.WriteLine(x == 6 ? x + 1 : x - 1); // expect: 7
        Console.WriteLine(~x + 1); // expect: -6
        Console.WriteLine(x - -x); // expect: 12
        Console.WriteLine(x < 7 == true); // expect: True
        int y = 2;
        Console.WriteLine(x * y + x / y - x % y); // expect: 15
        Console.WriteLine(x << y >> 1); // expect: 12
    }
}
