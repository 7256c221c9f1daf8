// Iterators as a pipeline: custom generic Where/Select/Take/Skip/Concat/Distinct written as extension iterator methods over IEnumerable<T>, chained lazily, with a trace showing each element flowing through all stages before the next is pulled.
using System;
using System.Collections.Generic;
static class Seq {
    public static IEnumerable<T> Filter<T>(this IEnumerable<T> src, Func<T, bool> pred) {
        foreach (T x in src) if (pred(x)) yield return x;
    }
    public static IEnumerable<R> Map<T, R>(this IEnumerable<T> src, Func<T, R> f) {
        foreach (T x in src) yield return f(x);
    }
    public static IEnumerable<T> TakeFirst<T>(this IEnumerable<T> src, int n) {
        if (n <= 0) yield break;
        foreach (T x in src) {
            yield return x;
            if (--n == 0) yield break;
        }
    }
    public static IEnumerable<T> SkipFirst<T>(this IEnumerable<T> src, int n) {
        foreach (T x in src) {
            if (n > 0) { n--; continue; }
            yield return x;
        }
    }
    public static IEnumerable<T> Then<T>(this IEnumerable<T> first, IEnumerable<T> second) {
        foreach (T x in first) yield return x;
        foreach (T x in second) yield return x;
    }
    public static IEnumerable<T> Unique<T>(this IEnumerable<T> src) {
        var seen = new HashSet<T>();
        foreach (T x in src) if (seen.Add(x)) yield return x;
    }
    public static IEnumerable<T> Trace<T>(this IEnumerable<T> src, string tag) {
        foreach (T x in src) {
            Console.WriteLine("  " + tag + " " + x);
            yield return x;
        }
    }
    public static IEnumerable<int> Upto(this int from, int to) {
        for (int i = from; i <= to; i++) yield return i;
    }
    public static List<T> ToList<T>(this IEnumerable<T> src) { return new List<T>(src); }
    public static string Show<T>(this IEnumerable<T> src) {
        var parts = new List<string>();
        foreach (T x in src) parts.Add(x.ToString());
        return "[" + string.Join(", ", parts) + "]";
    }
}
class Program {
    static void Main() {
        Console.WriteLine(1.Upto(20).Filter(x => x % 3 == 0).Map(x => x * x).Show());
        Console.WriteLine(1.Upto(10).SkipFirst(3).TakeFirst(4).Show());
        Console.WriteLine(1.Upto(3).Then(7.Upto(9)).Map(x => "n" + x).Show());
        var words = new[] { "apple", "bob", "apple", "cat", "bob", "dog" };
        Console.WriteLine(words.Unique().Map(w => w.ToUpper()).Show());
        Console.WriteLine(words.Filter(w => w.Length == 3).Unique().Show());
        Console.WriteLine(1.Upto(5).TakeFirst(0).Show());
        Console.WriteLine("building pipeline");
        var pipe = 1.Upto(100).Trace("src").Filter(x => x % 2 == 1).Trace("odd").Map(x => x * 10).TakeFirst(2);
        Console.WriteLine("pipeline built");
        foreach (var v in pipe) Console.WriteLine("got " + v);
        var lengths = words.Map(w => w.Length).ToList();
        Console.WriteLine(lengths.Count + " " + lengths.Show());
        int sum = 0;
        foreach (var v in 1.Upto(1000).Filter(x => x % 7 == 0).SkipFirst(2).TakeFirst(3)) sum += v;
        Console.WriteLine("sum " + sum);
        // expect: [9, 36, 81, 144, 225, 324]
        // expect: [4, 5, 6, 7]
        // expect: [n1, n2, n3, n7, n8, n9]
        // expect: [APPLE, BOB, CAT, DOG]
        // expect: [bob, cat, dog]
        // expect: []
        // expect: building pipeline
        // expect: pipeline built
        // expect:   src 1
        // expect:   odd 1
        // expect: got 10
        // expect:   src 2
        // expect:   src 3
        // expect:   odd 3
        // expect: got 30
        // expect: 6 [5, 3, 5, 3, 3, 3]
        // expect: sum 84
    }
}
