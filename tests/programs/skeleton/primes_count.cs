using System;

class Program
{
    static bool IsPrime(int n)
    {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (int d = 3; d * d <= n; d += 2)
        {
            if (n % d == 0) return false;
        }
        return true;
    }

    static int CountPrimes(int limit)
    {
        int count = 0;
        for (int i = 0; i < limit; i++)
        {
            if (IsPrime(i)) count++;
        }
        return count;
    }

    static void Main()
    {
        Console.WriteLine(IsPrime(1)); // expect: False
        Console.WriteLine(IsPrime(2)); // expect: True
        Console.WriteLine(IsPrime(91)); // expect: False
        Console.WriteLine(IsPrime(97)); // expect: True
        Console.WriteLine(CountPrimes(100)); // expect: 25
        Console.WriteLine(CountPrimes(10000)); // expect: 1229
        Console.WriteLine(CountPrimes(100000)); // expect: 9592
        Console.WriteLine(IsPrime(1000003)); // expect: True
    }
}
