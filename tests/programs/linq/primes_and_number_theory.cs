// Number puzzles with LINQ: primes by trial division with Range/All, twin primes with Zip, Goldbach pairs with SelectMany, perfect numbers, digit sums, and Collatz lengths with a generator.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static bool IsPrime(int n)
    {
        return n >= 2 && Enumerable.Range(2, (int)Math.Sqrt(n) - 1).All(d => n % d != 0);
    }

    static IEnumerable<long> Collatz(long n)
    {
        while (n != 1)
        {
            yield return n;
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        }
        yield return 1;
    }

    static void Main()
    {
        var primes = Enumerable.Range(1, 50).Where(IsPrime).ToList();
        Console.WriteLine(string.Join(" ", primes)); // expect: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
        Console.WriteLine(primes.Count + " primes, sum " + primes.Sum()); // expect: 15 primes, sum 328

        var twins = primes.Zip(primes.Skip(1), (a, b) => b - a == 2 ? a + "&" + b : null).Where(s => s != null);
        Console.WriteLine(string.Join(" ", twins)); // expect: 3&5 5&7 11&13 17&19 29&31 41&43

        var gaps = primes.Zip(primes.Skip(1), (a, b) => b - a);
        Console.WriteLine("largest gap " + gaps.Max()); // expect: largest gap 6

        // Goldbach: every even number as a sum of two primes (p <= q).
        foreach (int even in new[] { 28, 40 })
        {
            var ways = primes.SelectMany(p => primes, (p, q) => new int[] { p, q })
                             .Where(pq => pq[0] <= pq[1] && pq[0] + pq[1] == even)
                             .Select(pq => pq[0] + "+" + pq[1]);
            Console.WriteLine(even + " = " + string.Join(" = ", ways));
        }
        // expect: 28 = 5+23 = 11+17
        // expect: 40 = 3+37 = 11+29 = 17+23

        var perfect = Enumerable.Range(2, 10000).Where(n => Enumerable.Range(1, n / 2).Where(d => n % d == 0).Sum() == n);
        Console.WriteLine(string.Join(" ", perfect)); // expect: 6 28 496 8128

        Func<int, int> digitSum = n => n.ToString().Select(c => c - '0').Sum();
        Console.WriteLine(digitSum(98765) + " " + Enumerable.Range(1, 100).Count(n => digitSum(n) == 10)); // expect: 35 9

        Console.WriteLine(string.Join(" ", Collatz(6))); // expect: 6 3 10 5 16 8 4 2 1
        var longest = Enumerable.Range(1, 30).Select(n => new KeyValuePair<int, int>(n, Collatz(n).Count()))
                                             .OrderByDescending(kv => kv.Value).First();
        Console.WriteLine("longest chain under 31: " + longest.Key + " (" + longest.Value + ")"); // expect: longest chain under 31: 27 (112)
        Console.WriteLine(Collatz(27).Max()); // expect: 9232

        // Prime factorisation via a generator of divisions.
        int value = 360;
        var factors = new List<int>();
        foreach (int p in Enumerable.Range(2, value).Where(IsPrime).TakeWhile(p => p <= value))
            while (value % p == 0) { factors.Add(p); value /= p; }
        Console.WriteLine(string.Join("*", factors) + " " + string.Join(" ", factors.GroupBy(f => f).Select(g => g.Key + "^" + g.Count()))); // expect: 2*2*2*3*3*5 2^3 3^2 5^1
    }
}
