// Pending: compiling this hangs (found through tests/pending/linq/query_translation_trace.cs): the generic class Seq<T> below; removing the one-argument GroupBy<K>, which calls Group("…", k, x => x), makes it compile.
using System;
using System.Collections.Generic;

class Grp<K, E>
{
    public K Key;
    public List<E> Items = new List<E>();
    public override string ToString() { return Key + ":" + string.Join("", Items); }
}

static class Trace { public static List<string> Log = new List<string>(); }

class Seq<T>
{
    List<T> items;
    public Seq(IEnumerable<T> xs) { items = new List<T>(xs); }
    static Seq<R> New<R>(string call, List<R> r) { Trace.Log.Add(call); return new Seq<R>(r); }
    Seq<T> Log(string call) { Trace.Log.Add(call); return this; }
    public override string ToString() { return string.Join(" ", items); }
    List<I> Matches<I, K>(T x, Seq<I> inner, Func<T, K> ok, Func<I, K> ik)
    {
        return inner.items.FindAll(y => EqualityComparer<K>.Default.Equals(ok(x), ik(y)));
    }

    public Seq<R> Select<R>(Func<T, R> f) { return New("Select", items.ConvertAll(x => f(x))); }
    public Seq<T> Where(Func<T, bool> p) { return New("Where", items.FindAll(x => p(x))); }
    public Seq<R> SelectMany<C, R>(Func<T, Seq<C>> f, Func<T, C, R> g)
    {
        var r = new List<R>();
        foreach (var x in items) foreach (var y in f(x).items) r.Add(g(x, y));
        return New("SelectMany", r);
    }
    public Seq<R> Join<I, K, R>(Seq<I> inner, Func<T, K> ok, Func<I, K> ik, Func<T, I, R> g)
    {
        var r = new List<R>();
        foreach (var x in items) foreach (var y in Matches(x, inner, ok, ik)) r.Add(g(x, y));
        return New("Join", r);
    }
    public Seq<R> GroupJoin<I, K, R>(Seq<I> inner, Func<T, K> ok, Func<I, K> ik, Func<T, Seq<I>, R> g)
    {
        return New("GroupJoin", items.ConvertAll(x => g(x, new Seq<I>(Matches(x, inner, ok, ik)))));
    }
    public Seq<T> OrderBy<K>(Func<T, K> k) { return Log("OrderBy"); }
    public Seq<T> OrderByDescending<K>(Func<T, K> k) { return Log("OrderByDescending"); }
    public Seq<T> ThenBy<K>(Func<T, K> k) { return Log("ThenBy"); }
    public Seq<T> ThenByDescending<K>(Func<T, K> k) { return Log("ThenByDescending"); }
    public Seq<Grp<K, T>> GroupBy<K>(Func<T, K> k) { return Group("GroupBy(key)", k, x => x); }
    public Seq<Grp<K, E>> GroupBy<K, E>(Func<T, K> k, Func<T, E> e) { return Group("GroupBy(key,elem)", k, e); }
    Seq<Grp<K, E>> Group<K, E>(string call, Func<T, K> k, Func<T, E> e)
    {
        var r = new List<Grp<K, E>>();
        foreach (var x in items)
        {
            var g = r.Find(q => EqualityComparer<K>.Default.Equals(q.Key, k(x)));
            if (g == null) { g = new Grp<K, E> { Key = k(x) }; r.Add(g); }
            g.Items.Add(e(x));
        }
        return New(call, r);
    }
    public Seq<U> Cast<U>() { return New("Cast", items.ConvertAll(x => (U)(object)x)); }
}

// Note: the expected lines follow Roslyn (and the spec): `group x by k` calls the one-argument
// GroupBy(x => k). Mono's mcs compiler calls GroupBy(x => k, x => x) instead, so an mcs-built
// exe prints "GroupBy(key,elem)" on the three `group x by …` lines.
class Program
{
    static Seq<int> S(params int[] xs) { return new Seq<int>(xs); }

    static void Show(string label, object result)
    {
        Console.WriteLine(label + " => " + result + " | " + string.Join(",", Trace.Log));
        Trace.Log.Clear();
    }

    static void Main()
    {
        Console.WriteLine("compiled"); // expect: compiled
    }
}
