// Iterators as generators: an infinite Fibonacci sequence stopped by the consumer, primes with yield break at a limit, Collatz steps, powers with overflow-safe yield break, and a generator enumerated twice starting fresh each time.
using System;
using System.Collections.Generic;
class Generators {
    public static IEnumerable<long> Fibonacci() {
        long a = 0, b = 1;
        while (true) {
            yield return a;
            long t = a + b;
            a = b;
            b = t;
        }
    }
    public static IEnumerable<int> Primes(int limit) {
        var found = new List<int>();
        for (int n = 2; ; n++) {
            if (n > limit) yield break;
            bool prime = true;
            foreach (int p in found) {
                if (p * p > n) break;
                if (n % p == 0) { prime = false; break; }
            }
            if (prime) { found.Add(n); yield return n; }
        }
    }
    public static IEnumerable<int> Collatz(int start) {
        int n = start;
        yield return n;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            yield return n;
        }
    }
    public static IEnumerable<int> PowersOf(int b) {
        int v = 1;
        while (true) {
            yield return v;
            if (v > int.MaxValue / b) yield break;
            v *= b;
        }
    }
    public static IEnumerable<int> Countdown(int n) {
        while (n > 0) yield return n--;
        yield return 0;
    }
}
class Program {
    static string Join<T>(IEnumerable<T> items, string sep) {
        string s = "";
        bool first = true;
        foreach (T x in items) {
            if (!first) s += sep;
            s += x;
            first = false;
        }
        return s;
    }
    static void Main() {
        var fibs = new List<long>();
        foreach (long f in Generators.Fibonacci()) {
            if (f > 100) break;
            fibs.Add(f);
        }
        Console.WriteLine(Join(fibs, ","));
        int count = 0;
        long last = 0;
        foreach (long f in Generators.Fibonacci()) {
            last = f;
            if (++count == 60) break;
        }
        Console.WriteLine("fib #60 = " + last);
        Console.WriteLine(Join(Generators.Primes(50), " "));
        Console.WriteLine(Join(Generators.Primes(1), " ") == "" ? "no primes below 2" : "?");
        int steps = -1, peak = 0;
        foreach (int c in Generators.Collatz(27)) {
            steps++;
            if (c > peak) peak = c;
        }
        Console.WriteLine("collatz 27: " + steps + " steps, peak " + peak);
        Console.WriteLine(Join(Generators.Collatz(6), "->"));
        int k = 0;
        foreach (int p in Generators.PowersOf(10)) k++;
        Console.WriteLine("powers of 10 in int: " + k);
        Console.WriteLine(Join(Generators.PowersOf(7), "|"));
        var down = Generators.Countdown(3);
        Console.WriteLine(Join(down, " ") + " / " + Join(down, " "));
        // expect: 0,1,1,2,3,5,8,13,21,34,55,89
        // expect: fib #60 = 956722026041
        // expect: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
        // expect: no primes below 2
        // expect: collatz 27: 111 steps, peak 9232
        // expect: 6->3->10->5->16->8->4->2->1
        // expect: powers of 10 in int: 10
        // expect: 1|7|49|343|2401|16807|117649|823543|5764801|40353607|282475249|1977326743
        // expect: 3 2 1 0 / 3 2 1 0
    }
}
