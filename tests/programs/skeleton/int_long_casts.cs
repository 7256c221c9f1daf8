using System;

class Program
{
    static void Main()
    {
        long l = 8589934593;
        Console.WriteLine((int)l); // expect: 1
        long h = 2147483648;
        Console.WriteLine((int)h); // expect: -2147483648
        long n = -1;
        Console.WriteLine((int)n); // expect: -1
        long lowBits = 4294967295;
        Console.WriteLine((int)lowBits); // expect: -1
        int i = -5;
        long widened = (long)i;
        Console.WriteLine(widened); // expect: -5
        long implicitWiden = i;
        Console.WriteLine(implicitWiden * 1000000000); // expect: -5000000000
        // Casting an operand first changes the type of the arithmetic.
        int big = 2000000000;
        Console.WriteLine(big + big); // expect: -294967296
        Console.WriteLine((long)big + big); // expect: 4000000000
        Console.WriteLine((long)(big + big)); // expect: -294967296
        Console.WriteLine((int)((long)big * 3 / 4)); // expect: 1500000000
        Console.WriteLine((int)(long)i); // expect: -5
    }
}
