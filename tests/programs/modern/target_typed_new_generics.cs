// Target-typed new() with generics: T created through a new() constraint, generic class fields and auto-properties initialized with new(), nested collection initializers (Dictionary<string, List<int>> with new() { 1, 2 } values), a struct-constrained T, a nullable generic struct target and a lazily built registry.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Counter { public int Hits; public override string ToString() => "hits=" + Hits; }
struct Pair<T> { public T First, Second; public Pair(T a, T b) { First = a; Second = b; } public override string ToString() => $"<{First},{Second}>"; }

class Registry<T> where T : new()
{
    readonly Dictionary<string, T> items = new();
    public List<string> Order { get; } = new();
    public T Get(string key)
    {
        if (!items.TryGetValue(key, out T value))
        {
            value = new();
            items[key] = value;
            Order.Add(key);
        }
        return value;
    }
}

class Program
{
    static T Make<T>() where T : new() => new();
    static T Zero<T>() where T : struct { T t = new(); return t; }
    static Pair<int>? MaybePair(bool yes) { if (yes) return new(3, 4); return null; }

    static Dictionary<string, List<int>> groups = new()
    {
        ["odd"] = new() { 1, 3 },
        ["even"] = new() { 2 },
    };

    static void Main()
    {
        var reg = new Registry<Counter>();
        reg.Get("a").Hits++;
        reg.Get("b").Hits += 5;
        reg.Get("a").Hits++;
        Console.WriteLine(string.Join(",", reg.Order) + " " + reg.Get("a") + " " + reg.Get("b"));

        Counter c = Make<Counter>();
        List<int> l = Make<List<int>>();
        l.Add(7);
        Console.WriteLine(c + " " + l.Count + " " + Zero<int>() + " " + Zero<Pair<double>>());

        Pair<string> ps = new("x", "y");
        Pair<int>? p1 = MaybePair(true), p2 = MaybePair(false);
        Console.WriteLine(ps + " " + p1 + " " + p2.HasValue);

        groups["even"].Add(4);
        groups.Add("none", new());
        foreach (var kv in groups)
            Console.WriteLine(kv.Key + ": " + string.Join(" ", kv.Value) + ";");

        Dictionary<int, Pair<string>> byId = new() { [1] = new("a", "b"), [2] = new() { First = "c" } };
        Console.WriteLine(byId[1] + " " + byId[2]);
    }
}
// expect: a,b hits=2 hits=5
// expect: hits=0 1 0 <0,0>
// expect: <x,y> <3,4> False
// expect: odd: 1 3;
// expect: even: 2 4;
// expect: none: ;
// expect: <a,b> <c,>
