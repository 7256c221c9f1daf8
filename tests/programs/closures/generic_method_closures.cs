// Closures in generic methods: lambdas capturing values of type parameters (EqualityComparer<T>.Default, default(T), IComparable<T> constraints), a generic accumulator returning a pair of closures over one shared List<T>, a generic class method with its own type parameter whose lambda captures both, and new T() inside a captured factory.
using System;
using System.Collections.Generic;
class Node { public string Label = "node"; public int Id; }
class Registry<TKey> {
    readonly Dictionary<TKey, Func<object>> makers = new Dictionary<TKey, Func<object>>();
    public void Add<TValue>(TKey key, Func<TValue> make, List<string> log) where TValue : class {
        makers[key] = () => { log.Add(key + "->" + typeof(TValue).Name); return make(); };
    }
    public Func<TKey, TValue> Getter<TValue>(TValue fallback) where TValue : class {
        return key => {
            Func<object> m;
            if (!makers.TryGetValue(key, out m)) return fallback;
            return m() as TValue ?? fallback;
        };
    }
}
class Program {
    static Predicate<T> EqualTo<T>(T target) {
        var cmp = EqualityComparer<T>.Default;
        return x => cmp.Equals(x, target);
    }
    static Func<T, T> Clamp<T>(T lo, T hi) where T : IComparable<T> {
        return x => x.CompareTo(lo) < 0 ? lo : x.CompareTo(hi) > 0 ? hi : x;
    }
    static Func<T> Rotating<T>(params T[] items) {
        int next = 0;
        return () => { T v = items[next]; next = (next + 1) % items.Length; return v; };
    }
    static void Accumulator<T>(out Action<T> add, out Func<string> dump) {
        var items = new List<T>();
        T last = default(T);
        add = x => { items.Add(x); last = x; };
        dump = () => items.Count + " items, last=" + (last == null ? "null" : last.ToString());
    }
    static Func<T> Factory<T>(Action<T> init) where T : new() {
        int made = 0;
        return () => { var t = new T(); made++; init(t); return t; };
    }
    static Func<T, bool> IsDefault<T>() {
        T d = default(T);
        return x => EqualityComparer<T>.Default.Equals(x, d);
    }
    static T MaxBy<T, K>(List<T> xs, Func<T, K> key) where K : IComparable<K> {
        T best = xs[0];
        K bestKey = key(best);
        xs.ForEach(x => { K k = key(x); if (k.CompareTo(bestKey) > 0) { best = x; bestKey = k; } });
        return best;
    }
    static void Main() {
        // expect: 2 1 0
        var words = new List<string> { "a", "b", "a", null };
        var nums = new List<int> { 4, 5, 6 };
        Console.WriteLine(words.FindAll(EqualTo("a")).Count + " " + words.FindAll(EqualTo<string>(null)).Count + " " + nums.FindAll(EqualTo(7)).Count);
        // expect: 0 5 10 | b m y
        var clampInt = Clamp(0, 10);
        var clampStr = Clamp("b", "y");
        Console.WriteLine(clampInt(-5) + " " + clampInt(5) + " " + clampInt(50) + " | " + clampStr("a") + " " + clampStr("m") + " " + clampStr("z"));
        // expect: red green blue red | 1 2 1
        var color = Rotating("red", "green", "blue");
        var bit = Rotating(1, 2);
        Console.WriteLine(color() + " " + color() + " " + color() + " " + color() + " | " + bit() + " " + bit() + " " + bit());
        Action<double> addD; Func<string> dumpD;
        Accumulator(out addD, out dumpD);
        // expect: 0 items, last=0
        Console.WriteLine(dumpD());
        addD(1.5); addD(2.25);
        // expect: 2 items, last=2.25
        Console.WriteLine(dumpD());
        Action<string> addS; Func<string> dumpS;
        Accumulator(out addS, out dumpS);
        // expect: 0 items, last=null
        Console.WriteLine(dumpS());
        int nextId = 100;
        var makeNode = Factory<Node>(n => { n.Id = nextId++; n.Label += n.Id; });
        var n1 = makeNode(); var n2 = makeNode();
        // expect: node100 node101 102
        Console.WriteLine(n1.Label + " " + n2.Label + " " + nextId);
        var makeList = Factory<List<int>>(l => l.Add(nextId));
        // expect: 102
        Console.WriteLine(makeList()[0]);
        // expect: True False True True False
        Console.WriteLine(IsDefault<int>()(0) + " " + IsDefault<int>()(3) + " " + IsDefault<string>()(null) + " " + IsDefault<char>()('\0') + " " + IsDefault<bool>()(true));
        // expect: banana -2
        Console.WriteLine(MaxBy(new List<string> { "fig", "banana", "kiwi" }, s => s.Length) + " " + MaxBy(new List<int> { 3, -2, 1 }, x => -x));
        var log = new List<string>();
        var reg = new Registry<int>();
        reg.Add(1, () => "one", log);
        reg.Add(2, () => new Node { Label = "two" }, log);
        var strings = reg.Getter("none");
        var nodes = reg.Getter(new Node { Label = "missing" });
        // expect: one none none | two missing
        Console.WriteLine(strings(1) + " " + strings(2) + " " + strings(3) + " | " + nodes(2).Label + " " + nodes(1).Label);
        // expect: 1->String,2->Node,2->Node,1->String
        Console.WriteLine(string.Join(",", log));
    }
}
