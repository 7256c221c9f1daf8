// Lambdas passed to hand-written generic iterator methods (Where/Select/SelectIndexed/TakeWhile/SelectMany/Generate): deferred, interleaved evaluation traced through a captured list, re-enumeration running the lambdas again, and type inference through chained calls.
using System;
using System.Collections.Generic;
static class Iter {
    public static IEnumerable<T> Where<T>(IEnumerable<T> src, Func<T, bool> pred) {
        foreach (var x in src) if (pred(x)) yield return x;
    }
    public static IEnumerable<R> Select<T, R>(IEnumerable<T> src, Func<T, R> f) {
        foreach (var x in src) yield return f(x);
    }
    public static IEnumerable<R> SelectIndexed<T, R>(IEnumerable<T> src, Func<T, int, R> f) {
        int i = 0;
        foreach (var x in src) yield return f(x, i++);
    }
    public static IEnumerable<T> TakeWhile<T>(IEnumerable<T> src, Func<T, bool> pred) {
        foreach (var x in src) {
            if (!pred(x)) yield break;
            yield return x;
        }
    }
    public static IEnumerable<R> SelectMany<T, R>(IEnumerable<T> src, Func<T, IEnumerable<R>> f) {
        foreach (var x in src) foreach (var y in f(x)) yield return y;
    }
    public static IEnumerable<T> Generate<T>(T seed, Func<T, T> next) {
        T cur = seed;
        while (true) { yield return cur; cur = next(cur); }
    }
    public static List<T> ToList<T>(IEnumerable<T> src) { return new List<T>(src); }
}
class Program {
    static void Main() {
        var trace = new List<string>();
        var nums = new List<int> { 1, 2, 3, 4, 5, 6 };
        var query = Iter.Select(Iter.Where(nums, n => { trace.Add("w" + n); return n % 2 == 0; }),
                                n => { trace.Add("s" + n); return n * 10; });
        // expect: 0
        Console.WriteLine(trace.Count);
        // expect: 20 40 60
        Console.WriteLine(string.Join(" ", Iter.ToList(query)));
        // expect: w1 w2 s2 w3 w4 s4 w5 w6 s6
        Console.WriteLine(string.Join(" ", trace));
        trace.Clear();
        nums.Add(8);
        // expect: 20 40 60 80 | 11
        Console.WriteLine(string.Join(" ", Iter.ToList(query)) + " | " + trace.Count);
        // expect: 0:a 1:b 2:c
        var letters = new[] { "a", "b", "c" };
        Console.WriteLine(string.Join(" ", Iter.SelectIndexed(letters, (s, i) => i + ":" + s)));
        // expect: 1 2 4 8 16 32 64
        var powers = Iter.TakeWhile(Iter.Generate(1, x => x * 2), x => x < 100);
        Console.WriteLine(string.Join(" ", powers));
        // expect: 1 1 2 3 5 8 13 21
        var fib = Iter.Select(Iter.Generate(new long[] { 1, 1 }, p => new long[] { p[1], p[0] + p[1] }), p => p[0]);
        Console.WriteLine(string.Join(" ", Iter.TakeWhile(fib, v => v < 30)));
        // expect: a1 a2 b1 b2 c1 c2
        var pairs = Iter.SelectMany(letters, s => Iter.Select(new[] { 1, 2 }, k => s + k));
        Console.WriteLine(string.Join(" ", pairs));
        // expect: 1 2 3 2 3 4 3 4 5
        int limit = 3;
        var upTo = Iter.SelectMany(new[] { 1, 2, 3 }, n => Iter.TakeWhile(Iter.Generate(n, x => x + 1), x => x < n + limit));
        Console.WriteLine(string.Join(" ", upTo));
        // expect: 1 2 2 3 3 4
        limit = 2;
        Console.WriteLine(string.Join(" ", Iter.ToList(upTo)));
        // expect: HELLO-WORLD
        var words = Iter.Select(Iter.Where("hello, world!".Split(' ', ','), w => w.Length > 0), w => w.Trim('!').ToUpper());
        Console.WriteLine(string.Join("-", words));
    }
}
