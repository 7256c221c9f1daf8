// Closures in generic classes: a Cache<TKey, TValue> whose loader Func<TKey, TValue> and multicast eviction callback Action<TKey, TValue> capture the caller's locals, lambdas inside the class capturing this and its type parameters, a method returning a Func<TKey, TValue> view, and two instantiations kept apart.
using System;
using System.Collections.Generic;
class Cache<TKey, TValue> {
    readonly Dictionary<TKey, TValue> items = new Dictionary<TKey, TValue>();
    readonly LinkedList<TKey> order = new LinkedList<TKey>();
    readonly Func<TKey, TValue> loader;
    readonly int capacity;
    Action<TKey, TValue> evicted;
    public void OnEvict(Action<TKey, TValue> handler) { evicted += handler; }
    public int Loads;
    public Cache(int capacity, Func<TKey, TValue> loader) { this.capacity = capacity; this.loader = loader; }
    public TValue Get(TKey key) {
        TValue v;
        if (items.TryGetValue(key, out v)) {
            order.Remove(key);
            order.AddLast(key);
            return v;
        }
        Loads++;
        v = loader(key);
        if (items.Count == capacity) {
            TKey oldest = order.First.Value;
            order.RemoveFirst();
            TValue gone = items[oldest];
            items.Remove(oldest);
            if (evicted != null) evicted(oldest, gone);
        }
        items[key] = v;
        order.AddLast(key);
        return v;
    }
    public Func<TKey, TValue> AsFunc() { return Get; }
    public Func<TKey, TResult> Project<TResult>(Func<TValue, TResult> f) { return k => f(Get(k)); }
    public List<TKey> Keys() {
        var r = new List<TKey>();
        foreach (var k in order) r.Add(k);
        return r;
    }
    public Action<TKey> Warmer(List<string> log) {
        return k => { bool had = items.ContainsKey(k); Get(k); log.Add(k + (had ? " warm" : " cold")); };
    }
}
class Program {
    static void Main() {
        var db = new Dictionary<int, string> { { 1, "one" }, { 2, "two" }, { 3, "three" }, { 4, "four" } };
        int queries = 0;
        var evictions = new List<string>();
        var cache = new Cache<int, string>(2, id => { queries++; string s; return db.TryGetValue(id, out s) ? s : "?"; });
        cache.OnEvict((k, v) => evictions.Add(k + "=" + v));
        // expect: one two one three
        Console.WriteLine(cache.Get(1) + " " + cache.Get(2) + " " + cache.Get(1) + " " + cache.Get(3));
        // expect: queries=3 loads=3 keys=1,3 evicted=2=two
        Console.WriteLine("queries=" + queries + " loads=" + cache.Loads + " keys=" + string.Join(",", cache.Keys()) + " evicted=" + string.Join(";", evictions));
        var lookup = cache.AsFunc();
        var length = cache.Project(s => s.Length);
        // expect: 4 5 4
        Console.WriteLine(length(4) + " " + length(3) + " " + lookup(4).Length);
        // expect: evicted=2=two;1=one
        Console.WriteLine("evicted=" + string.Join(";", evictions));
        var log = new List<string>();
        var warm = cache.Warmer(log);
        foreach (int k in new[] { 3, 9, 4, 3 }) warm(k);
        // expect: 3 warm,9 cold,4 cold,3 cold
        Console.WriteLine(string.Join(",", log));
        int scale = 10;
        var squares = new Cache<string, List<int>>(3, word => {
            var l = new List<int>();
            foreach (char ch in word) l.Add((ch - 'a' + 1) * scale);
            return l;
        });
        var first = squares.Get("abc");
        scale = 1;
        var again = squares.Get("abc");
        var fresh = squares.Get("abc" + "d");
        // expect: True 10,20,30 1,2,3,4
        Console.WriteLine(object.ReferenceEquals(first, again) + " " + string.Join(",", again) + " " + string.Join(",", fresh));
        var sizes = squares.Project<int>(l => l.Count);
        // expect: 3 4 2 loads=3
        Console.WriteLine(sizes("abc") + " " + sizes("abcd") + " " + sizes("zz") + " loads=" + squares.Loads);
        // expect: queries=7 loads=7 evictions=5
        Console.WriteLine("queries=" + queries + " loads=" + cache.Loads + " evictions=" + evictions.Count);
    }
}
