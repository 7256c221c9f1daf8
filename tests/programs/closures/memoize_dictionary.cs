// Memoization with a Dictionary captured in a closure: a generic Memoize<TArg, TResult>, a recursive memoized Fibonacci through a captured local, a two-argument memo with a string key, per-call independent caches, and hit/miss counters shared by closures.
using System;
using System.Collections.Generic;
class Stats { public int Hits, Misses; }
static class Memo {
    public static Func<A, R> Memoize<A, R>(Func<A, R> f, Stats stats) {
        var cache = new Dictionary<A, R>();
        return a => {
            R r;
            if (cache.TryGetValue(a, out r)) { stats.Hits++; return r; }
            stats.Misses++;
            r = f(a);
            cache[a] = r;
            return r;
        };
    }
    public static Func<A, B, R> Memoize<A, B, R>(Func<A, B, R> f) {
        var cache = new Dictionary<string, R>();
        return (a, b) => {
            string key = a + "|" + b;
            R r;
            if (!cache.TryGetValue(key, out r)) { r = f(a, b); cache.Add(key, r); }
            return r;
        };
    }
}
class Program {
    static void Main() {
        var stats = new Stats();
        int slowCalls = 0;
        Func<int, int> slowSquare = n => { slowCalls++; return n * n; };
        var square = Memo.Memoize(slowSquare, stats);
        int sum = 0;
        foreach (int n in new[] { 3, 4, 3, 3, 5, 4 }) sum += square(n);
        // expect: 84 calls=3 hits=3 misses=3
        Console.WriteLine(sum + " calls=" + slowCalls + " hits=" + stats.Hits + " misses=" + stats.Misses);
        var fibStats = new Stats();
        Func<int, long> fib = null;
        fib = Memo.Memoize<int, long>(n => n < 2 ? n : fib(n - 1) + fib(n - 2), fibStats);
        // expect: 12586269025
        Console.WriteLine(fib(50));
        // expect: misses=51 hits=48
        Console.WriteLine("misses=" + fibStats.Misses + " hits=" + fibStats.Hits);
        // expect: 832040 hits=49
        Console.WriteLine(fib(30) + " hits=" + fibStats.Hits);
        int pathCalls = 0;
        Func<int, int, long> paths = null;
        paths = Memo.Memoize<int, int, long>((r, c) => {
            pathCalls++;
            if (r == 0 || c == 0) return 1;
            return paths(r - 1, c) + paths(r, c - 1);
        });
        // expect: 184756 calls=120
        Console.WriteLine(paths(10, 10) + " calls=" + pathCalls);
        var a = Memo.Memoize<string, int>(s => s.Length, new Stats());
        var statsB = new Stats();
        var b = Memo.Memoize<string, int>(s => s.Length * 100, statsB);
        // expect: 5 500 5 500 misses=1 hits=1
        Console.WriteLine(a("hello") + " " + b("hello") + " " + a("hello") + " " + b("hello") + " misses=" + statsB.Misses + " hits=" + statsB.Hits);
        var log = new List<string>();
        Func<string, string> shout = Memo.Memoize<string, string>(s => { log.Add("compute " + s); return s.ToUpper() + "!"; }, new Stats());
        foreach (var w in "hi there hi you there hi".Split(' ')) shout(w);
        // expect: compute hi,compute there,compute you
        Console.WriteLine(string.Join(",", log));
        // expect: THERE!
        Console.WriteLine(shout("there"));
        int factor = 2;
        var scaled = Memo.Memoize<int, int>(x => x * factor, new Stats());
        int first = scaled(10);
        factor = 3;
        // expect: 20 20 33
        Console.WriteLine(first + " " + scaled(10) + " " + scaled(11));
    }
}
