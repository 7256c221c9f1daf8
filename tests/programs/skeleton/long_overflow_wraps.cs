using System;

class Program
{
    static long Add(long a, long b) { return a + b; }

    static void Main()
    {
        long max = 9223372036854775807;
        long one = 1;
        Console.WriteLine(max + one); // expect: -9223372036854775808
        Console.WriteLine(Add(max, max)); // expect: -2
        long min = -max - one;
        Console.WriteLine(min - one); // expect: 9223372036854775807
        Console.WriteLine(-min); // expect: -9223372036854775808
        long big = 4294967296;
        Console.WriteLine(big * big); // expect: 0
        long m = 10000000000;
        Console.WriteLine(m * m); // expect: 7766279631452241920
        long i = max;
        i++;
        Console.WriteLine(i); // expect: -9223372036854775808
        i--;
        Console.WriteLine(i); // expect: 9223372036854775807
        // Factorials overflow after 20!.
        long f = 1;
        for (int k = 1; k <= 21; k++) f *= k;
        Console.WriteLine(f); // expect: -4249290049419214848
    }
}
