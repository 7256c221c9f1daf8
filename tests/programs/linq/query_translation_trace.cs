// How query expressions translate (C# spec §12.20.3), traced with a user-defined Seq<T> that implements the query pattern as instance methods and logs each call: select elision, degenerate queries, from-from-select folding into SelectMany, let, join, join into, orderby keys, group forms and explicit range types.
// mcs-differs: mcs passes an element selector for `group x by k`, where §12.20.3.6 calls GroupBy(key)
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
        Show("degenerate", from x in S(1, 2) select x); // expect: degenerate => 1 2 | Select
        Show("where", from x in S(1, 2, 3) where x > 1 select x); // expect: where => 2 3 | Where
        Show("where+select", from x in S(1, 2, 3) where x > 1 select x * 10); // expect: where+select => 20 30 | Where,Select
        Show("orderby", from x in S(3, 1) orderby x, -x descending select x); // expect: orderby => 3 1 | OrderBy,ThenByDescending
        Show("orderby desc", from x in S(3, 1) orderby x descending, x select x + 1); // expect: orderby desc => 4 2 | OrderByDescending,ThenBy,Select
        Show("from from", from x in S(1, 2) from y in S(10, 20) select x + y); // expect: from from => 11 21 12 22 | SelectMany
        Show("from from where", from x in S(1, 2) from y in S(10, 20) where x * 10 == y select y); // expect: from from where => 10 20 | SelectMany,Where,Select
        Show("let", from x in S(1, 2) let y = x * 3 select x + y); // expect: let => 4 8 | Select,Select
        Show("let identity", from x in S(5) let y = 0 select x); // expect: let identity => 5 | Select,Select
        Show("join", from x in S(1, 2, 3) join y in S(2, 3, 4) on x equals y select x * y); // expect: join => 4 9 | Join
        Show("join where", from x in S(1, 2, 3) join y in S(2, 3) on x equals y where x > 2 select y); // expect: join where => 3 | Join,Where,Select
        Show("join into", from x in S(1, 2) join y in S(1, 1, 2) on x equals y into g select x + "=" + g); // expect: join into => 1=1 1 2=2 | GroupJoin
        Show("join into where", from x in S(1, 2) join y in S(2) on x equals y into g where x > 1 select g); // expect: join into where => 2 | GroupJoin,Where,Select
        Show("group", from x in S(1, 2, 3, 4) group x by x % 2); // expect: group => 1:13 0:24 | GroupBy(key)
        Show("where group", from x in S(1, 2, 3, 4) where x > 1 group x by x % 2); // expect: where group => 0:24 1:3 | Where,GroupBy(key)
        Show("from from group", from x in S(1, 2) from y in S(3) group y by x); // expect: from from group => 1:3 2:3 | SelectMany,GroupBy(key,elem)
        Show("group elem", from x in S(1, 2, 3) group x * 10 by x % 2); // expect: group elem => 1:1030 0:20 | GroupBy(key,elem)
        Show("group into", from x in S(1, 2, 3) group x by x % 2 into g select g.Key); // expect: group into => 1 0 | GroupBy(key),Select
        Show("select into", from x in S(1, 2, 3) select x * 2 into y where y > 2 select y); // expect: select into => 4 6 | Select,Where
        Show("into degenerate", from x in S(1, 2) select x * 2 into y select y); // expect: into degenerate => 2 4 | Select,Select
        Show("orderby identity", from x in S(2, 1) orderby x select x); // expect: orderby identity => 2 1 | OrderBy
        Show("typed from", from int x in new Seq<object>(new object[] { 7, 8 }) select x + 1); // expect: typed from => 8 9 | Cast,Select
        Show("typed degenerate", from int x in new Seq<object>(new object[] { 7 }) select x); // expect: typed degenerate => 7 | Cast,Select
    }
}
