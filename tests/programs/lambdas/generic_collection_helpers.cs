// Type inference from lambda bodies through hand-written generic Map/Filter/Reduce/Zip/GroupBy/ToDictionary helpers over List<T> and IEnumerable<T>, returning lists and dictionaries.
using System;
using System.Collections.Generic;
static class Seq {
    public static List<R> Map<T, R>(IEnumerable<T> xs, Func<T, R> f) {
        var r = new List<R>();
        foreach (var x in xs) r.Add(f(x));
        return r;
    }
    public static List<T> Filter<T>(IEnumerable<T> xs, Func<T, bool> keep) {
        var r = new List<T>();
        foreach (var x in xs) if (keep(x)) r.Add(x);
        return r;
    }
    public static A Reduce<T, A>(IEnumerable<T> xs, A seed, Func<A, T, A> step) {
        A acc = seed;
        foreach (var x in xs) acc = step(acc, x);
        return acc;
    }
    public static List<R> Zip<A, B, R>(List<A> a, List<B> b, Func<A, B, R> f) {
        var r = new List<R>();
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++) r.Add(f(a[i], b[i]));
        return r;
    }
    public static Dictionary<K, List<T>> GroupBy<T, K>(IEnumerable<T> xs, Func<T, K> key) {
        var d = new Dictionary<K, List<T>>();
        foreach (var x in xs) {
            K k = key(x);
            List<T> bucket;
            if (!d.TryGetValue(k, out bucket)) { bucket = new List<T>(); d[k] = bucket; }
            bucket.Add(x);
        }
        return d;
    }
    public static Dictionary<K, V> ToDictionary<T, K, V>(IEnumerable<T> xs, Func<T, K> key, Func<T, V> value) {
        var d = new Dictionary<K, V>();
        foreach (var x in xs) d[key(x)] = value(x);
        return d;
    }
    public static IEnumerable<int> Range(int start, int count) {
        for (int i = 0; i < count; i++) yield return start + i;
    }
}
class Program {
    static void Main() {
        var words = new List<string> { "apple", "kiwi", "banana", "fig", "cherry", "date" };
        // expect: 5,4,6,3,6,4
        var lengths = Seq.Map(words, w => w.Length);
        Console.WriteLine(string.Join(",", lengths));
        // expect: apple banana cherry
        var longOnes = Seq.Filter(words, w => w.Length > 4);
        Console.WriteLine(string.Join(" ", longOnes));
        // expect: 28
        int total = Seq.Reduce(words, 0, (acc, w) => acc + w.Length);
        Console.WriteLine(total);
        // expect: [a|k|b|f|c|d]
        string initials = Seq.Reduce(words, "", (acc, w) => acc.Length == 0 ? w.Substring(0, 1) : acc + "|" + w[0]);
        Console.WriteLine("[" + initials + "]");
        // expect: 1.5 4 7.5
        var prices = new List<double> { 1.5, 2.0, 2.5 };
        var qty = new List<int> { 1, 2, 3, 4 };
        var costs = Seq.Zip(prices, qty, (p, q) => p * q);
        Console.WriteLine(string.Join(" ", costs));
        // expect: apple=5 kiwi=4 banana=6
        var pairs = Seq.Zip(words, lengths, (w, n) => w + "=" + n);
        Console.WriteLine(string.Join(" ", pairs.GetRange(0, 3)));
        // expect: 5: apple
        // expect: 4: kiwi,date
        // expect: 6: banana,cherry
        // expect: 3: fig
        var byLen = Seq.GroupBy(words, w => w.Length);
        foreach (var kv in byLen) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        // expect: True False
        var firstLetter = Seq.ToDictionary(words, w => w[0], w => w.ToUpper());
        Console.WriteLine(firstLetter.ContainsKey('k') + " " + firstLetter.ContainsKey('z'));
        // expect: BANANA
        Console.WriteLine(firstLetter['b']);
        // expect: 30 130
        var squares = Seq.Map(Seq.Range(1, 4), i => i * i);
        int sumSq = Seq.Reduce(squares, 0, (a, b) => a + b);
        int mixed = Seq.Reduce(Seq.Range(1, 4), sumSq, (a, b) => a + b * 10);
        Console.WriteLine(sumSq + " " + mixed);
        // expect: even:2,4,6 odd:1,3,5
        var parity = Seq.GroupBy(Seq.Range(1, 6), i => i % 2 == 0 ? "even" : "odd");
        Console.WriteLine("even:" + string.Join(",", parity["even"]) + " odd:" + string.Join(",", parity["odd"]));
        // expect: 3.5
        double avg = Seq.Reduce(Seq.Range(1, 6), 0.0, (a, i) => a + i) / 6;
        Console.WriteLine(avg);
        // expect: FIG-DATE-KIWI
        var shortUpper = Seq.Map(Seq.Filter(words, w => w.Length <= 4), w => w.ToUpper());
        shortUpper.Sort((x, y) => x.Length != y.Length ? x.Length - y.Length : string.CompareOrdinal(x, y));
        Console.WriteLine(string.Join("-", shortUpper));
    }
}
