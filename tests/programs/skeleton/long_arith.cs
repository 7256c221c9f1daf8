using System;

class Program
{
    static long Square(long x) { return x * x; }

    static void Main()
    {
        long big = 3000000000;
        Console.WriteLine(big); // expect: 3000000000
        Console.WriteLine(big + big); // expect: 6000000000
        Console.WriteLine(big * 3); // expect: 9000000000
        Console.WriteLine(Square(big)); // expect: 9000000000000000000
        Console.WriteLine(-big / 7); // expect: -428571428
        Console.WriteLine(-big % 7); // expect: -4
        Console.WriteLine(big - 4000000000); // expect: -1000000000

        // int operands are widened before a long multiplication.
        int million = 1000000;
        long wide = (long)million * million;
        Console.WriteLine(wide); // expect: 1000000000000
        long widened = million;
        Console.WriteLine(widened * widened); // expect: 1000000000000

        long max = 9223372036854775807;
        Console.WriteLine(max); // expect: 9223372036854775807
        long min = -max - 1;
        Console.WriteLine(min); // expect: -9223372036854775808
        Console.WriteLine(max / 1000000007); // expect: 9223371972
        Console.WriteLine(max % 1000000007); // expect: 291172003

        // Mixed int and long operands give a long.
        int three = 3;
        Console.WriteLine(big / three); // expect: 1000000000
        Console.WriteLine(three - big); // expect: -2999999997
    }
}
