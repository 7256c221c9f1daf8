// Sieve of Eratosthenes over a bool[]: measures array element load/store,
// bounds checks and tight counted loops. Prints the number of primes <= n.
using System;

static class Sieve
{
    static int Count(int n)
    {
        bool[] composite = new bool[n + 1];
        int count = 0;
        for (int i = 2; i <= n; i++)
        {
            if (!composite[i])
            {
                count++;
                // i*i may overflow int for large i; only start crossing off
                // while i <= n / i.
                if (i <= n / i)
                {
                    for (int j = i * i; j <= n; j += i)
                        composite[j] = true;
                }
            }
        }
        return count;
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10000000;
        Console.WriteLine(Count(n));
        return 0;
    }
}
