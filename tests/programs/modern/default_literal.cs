// The default literal: in declarations of value, reference, nullable and generic types, return default in generic and non-generic methods, comparisons x == default, arguments, optional parameter values, conditional operands and array elements.
using System;
using System.Collections.Generic;

struct Money
{
    public int Cents;
    public string Currency;
    public override string ToString() => $"{Cents} {Currency ?? "<none>"}";
}

class Repo<T>
{
    readonly List<T> items = new List<T>();
    public void Add(T item) => items.Add(item);
    public T FirstOr(Predicate<T> match, T fallback = default)
    {
        foreach (var x in items) if (match(x)) return x;
        return fallback;
    }
    public T Find(Predicate<T> match)
    {
        foreach (var x in items) if (match(x)) return x;
        return default;
    }
}

class Program
{
    static int Parse(string s, int otherwise = default)
    {
        int v;
        return int.TryParse(s, out v) ? v : otherwise;
    }
    static string Show<T>(T value) => value == null ? "null" : value.ToString();
    static bool IsDefault(int x) => x == default;
    static int? Maybe(bool has) => has ? 7 : default(int?);

    static void Main()
    {
        int i = default;
        string s = default;
        int? n = default;
        Money m = default;
        KeyValuePair<string, int> kv = default;
        Console.WriteLine($"{i} [{s}] {n.HasValue} {m} {kv.Key == null}{kv.Value}");
        Console.WriteLine($"{IsDefault(0)} {IsDefault(3)} {s == default} {n == default} {i != default}");

        var names = new Repo<string>();
        names.Add("ada"); names.Add("bob");
        Console.WriteLine(Show(names.Find(x => x.StartsWith("b"))) + " " + Show(names.Find(x => x.Length > 5)));
        var nums = new Repo<int>();
        nums.Add(4); nums.Add(9);
        Console.WriteLine(nums.Find(x => x > 5) + " " + nums.Find(x => x > 50) + " " + nums.FirstOr(x => x > 50, -1));

        Console.WriteLine(Parse("12") + Parse("zz") + Parse("zz", 100));
        Console.WriteLine(Show(Maybe(true)) + " " + Show(Maybe(false)));
        int[] arr = { 1, default, 3 };
        string[] words = { "x", default };
        Console.WriteLine(arr[1] + " " + (words[1] == null));
        Console.WriteLine(Show<Money>(default) + "|" + Show<string>(default) + "|" + Show<double>(default));
        bool flag = default;
        char c = default;
        Console.WriteLine(flag + " " + (int)c);
    }
}
// expect: 0 [] False 0 <none> True0
// expect: True False True True False
// expect: bob null
// expect: 9 0 -1
// expect: 112
// expect: 7 null
// expect: 0 True
// expect: 0 <none>|null|0
// expect: False 0
