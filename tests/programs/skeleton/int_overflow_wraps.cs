using System;

class Program
{
    static int Add(int a, int b) { return a + b; }

    static void Main()
    {
        int x = 1;
        // Non-constant int arithmetic is unchecked: it wraps around.
        int wrapped = 2147483647 + x;
        Console.WriteLine(wrapped); // expect: -2147483648
        int min = -2147483648;
        Console.WriteLine(min); // expect: -2147483648
        Console.WriteLine(min - x); // expect: 2147483647
        Console.WriteLine(-min); // expect: -2147483648
        Console.WriteLine(Add(2147483647, 2147483647)); // expect: -2
        int big = 65536;
        Console.WriteLine(big * big); // expect: 0
        Console.WriteLine(big * big + x); // expect: 1
        int m = 100000;
        Console.WriteLine(m * m); // expect: 1410065408

        int i = 2147483647;
        i++;
        Console.WriteLine(i); // expect: -2147483648
        i--;
        Console.WriteLine(i); // expect: 2147483647
        i += 10;
        Console.WriteLine(i); // expect: -2147483639
        // The cast from long keeps the low 32 bits.
        long l = 4294967296 + 5;
        Console.WriteLine((int)l); // expect: 5
        Console.WriteLine((int)(l + 2147483647)); // expect: -2147483644
    }
}
