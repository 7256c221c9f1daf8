using System;

class Program
{
    static long ModPow(long b, long e, long m)
    {
        long result = 1;
        b %= m;
        while (e > 0)
        {
            if ((e & 1) == 1) result = result * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return result;
    }

    static long IntPow(int b, int e)
    {
        long r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return r;
    }

    static void Main()
    {
        Console.WriteLine(ModPow(2, 10, 1000)); // expect: 24
        Console.WriteLine(ModPow(3, 200, 1000000007)); // expect: 136318165
        Console.WriteLine(ModPow(7, 0, 13)); // expect: 1
        // Fermat: a^(p-1) mod p == 1 for a prime p.
        Console.WriteLine(ModPow(12345, 1000000006, 1000000007)); // expect: 1
        Console.WriteLine(IntPow(2, 62)); // expect: 4611686018427387904
        Console.WriteLine(IntPow(-3, 5)); // expect: -243
        Console.WriteLine(IntPow(10, 18)); // expect: 1000000000000000000
    }
}
