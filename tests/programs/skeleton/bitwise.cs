using System;

class Program
{
    static int PopCount(int x)
    {
        int count = 0;
        for (int i = 0; i < 32; i++)
        {
            if (((x >> i) & 1) == 1) count++;
        }
        return count;
    }

    static void Main()
    {
        int a = 12;
        int b = 10;
        Console.WriteLine(a & b); // expect: 8
        Console.WriteLine(a | b); // expect: 14
        Console.WriteLine(a ^ b); // expect: 6
        Console.WriteLine(~a); // expect: -13
        Console.WriteLine(~0); // expect: -1
        int min = -2147483648;
        Console.WriteLine(~min); // expect: 2147483647
        Console.WriteLine(min & -1); // expect: -2147483648
        Console.WriteLine(-1 ^ 255); // expect: -256
        Console.WriteLine(PopCount(255)); // expect: 8
        Console.WriteLine(PopCount(-1)); // expect: 32
        Console.WriteLine(PopCount(min)); // expect: 1
        // & binds tighter than ^, which binds tighter than |.
        Console.WriteLine(1 | 2 ^ 3 & 6); // expect: 1
        Console.WriteLine(a & b | 1); // expect: 9
        long l = 1099511627775;
        Console.WriteLine(l & 4294967295); // expect: 4294967295
        Console.WriteLine(~l); // expect: -1099511627776
        Console.WriteLine(l ^ l); // expect: 0
        // An int operand is sign-extended to long.
        int neg = -1;
        Console.WriteLine(l & neg); // expect: 1099511627775
        // Swapping with xor.
        int x = 3;
        int y = 9;
        x ^= y;
        y ^= x;
        x ^= y;
        Console.WriteLine(x + " " + y); // expect: 9 3
    }
}
