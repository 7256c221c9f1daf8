// C# 8/9 syntax real programs use: nullable tuple types (T, U)?, nullable array annotations T[]?, tuple elements and record parameters of generic types, default!, where T : notnull, static lambdas, var (a, b) positional patterns, and target-typed conditionals.
// hand-checked: C# 8/9 syntax mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

interface IHasCount { int Count { get; } }
record Base(string Name);
record Bag(List<int> Items, Dictionary<string, int> Tags) : Base("bag"), IHasCount
{
    public int Count => Items.Count;
}

class Cache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> map = new();
    public TValue Get(TKey k, Func<TKey, TValue> make) => map.TryGetValue(k, out var v) ? v : map[k] = make(k);
}

class Box<T>
{
    public T Value { get; set; } = default!;
}

class Program
{
    static (int Lo, int Hi)? Bounds(int[] xs) => xs.Length == 0 ? null : (xs[0], xs[^1]);
    static string[]? Names(bool b) => b ? new[] { "x", "y" } : null;
    static (int Total, List<string> Names) Collect() => (2, new List<string> { "a", "b" });

    static string Describe((int, string) t) => t switch
    {
        (0, _) => "zero",
        var (n, s) when n < 0 => $"neg {n} {s}",
        var (n, s) => $"{s}{n}",
    };

    static void Main()
    {
        Console.WriteLine(Bounds(new[] { 1, 5, 9 }) + " " + Bounds(new int[0]).HasValue);
        int[]? local = null;
        Console.WriteLine((local == null) + " " + Names(true)!.Length + " " + (Names(false) ?? new string[0]).Length);
        var r = Collect();
        Console.WriteLine(r.Total + " " + string.Join(",", r.Names));
        var bag = new Bag(new List<int> { 1, 2 }, new Dictionary<string, int> { ["k"] = 7 });
        Console.WriteLine(bag.Name + " " + bag.Count + " " + bag.Tags["k"]);
        var cache = new Cache<string, int>();
        Console.WriteLine(cache.Get("abc", k => k.Length) + cache.Get("abc", k => 0));
        Console.WriteLine(new Box<int>().Value + " " + (new Box<string>().Value == null));
        Func<int, int> square = static x => x * x;
        Func<int, int, int> add = static (a, b) => a + b;
        Console.WriteLine(square(5) + add(1, 2));
        Console.WriteLine(Describe((0, "a")) + " " + Describe((-2, "b")) + " " + Describe((7, "c")));
    }
}
// expect: (1, 9) False
// expect: True 2 0
// expect: 2 a,b
// expect: bag 2 7
// expect: 6
// expect: 0 True
// expect: 28
// expect: zero neg -2 b c7
