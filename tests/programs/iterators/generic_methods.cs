// Iterators and closures in generic methods (a small LINQ: Select, Where, Take over extension methods), an infinite iterator, composed lambdas: the classes take the methods' type parameters as their own.
using System;
using System.Collections.Generic;
static class Seq {
    public static IEnumerable<R> Select<T, R>(this IEnumerable<T> src, Func<T, R> f) { foreach (var x in src) yield return f(x); }
    public static IEnumerable<T> Where<T>(this IEnumerable<T> src, Func<T, bool> p) { foreach (var x in src) if (p(x)) yield return x; }
    public static IEnumerable<T> Take<T>(this IEnumerable<T> src, int n) { if (n <= 0) yield break; foreach (var x in src) { yield return x; if (--n == 0) yield break; } }
    public static List<T> ToList<T>(this IEnumerable<T> src) { return new List<T>(src); }
    public static Func<T, bool> Not<T>(Func<T, bool> p) { return x => !p(x); }
    public static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) { return x => g(f(x)); }
    public static T FirstOr<T>(List<T> xs, Predicate<T> p, T fallback) { var r = xs.Find(x => p(x)); return p(r) ? r : fallback; }
    public static IEnumerable<int> Count(int from) { while (true) yield return from++; }
}
class Program {
    static void Main() {
        var nums = new List<int> { 1, 2, 3, 4, 5, 6 };
        // expect: n4 n5 n6 .
        // expect: 1,3,5
        // expect: 2 3
        // expect: bb
        // expect: 10 11 12 13
        // expect: 1=v1 2=v2 .
        int k = 3;
        foreach (var s in nums.Where(x => x > k).Select(x => "n" + x)) Console.Write(s + " ");
        Console.WriteLine(".");
        var odd = Seq.Not<int>(x => x % 2 == 0);
        Console.WriteLine(string.Join(",", nums.Where(odd).ToList()));
        var f = Seq.Compose<int, string, int>(x => "" + x * 11, s => s.Length);
        Console.WriteLine(f(5) + " " + f(50));
        Console.WriteLine(Seq.FirstOr(new List<string> { "a", "bb" }, s => s.Length > 1, "none"));
        Console.WriteLine(string.Join(" ", Seq.Count(10).Take(4).ToList()));
        foreach (var p in nums.Select(x => new KeyValuePair<int, string>(x, "v" + x)).Take(2)) Console.Write(p.Key + "=" + p.Value + " ");
        Console.WriteLine(".");
    }
}
