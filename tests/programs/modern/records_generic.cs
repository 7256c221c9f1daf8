// Generic records: Pair<T>, a Result<T> with static factories, Range<T> with an IComparable<T> constraint, generic records nested in each other and in collections, `with` on a constructed generic record, ToString of generic records (the plain type name) and value equality of generic members including null.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

record Pair<T>(T A, T B)
{
    public Pair<T> Swap() => new Pair<T>(B, A);
}

record Result<T>(bool Ok, T Value, string Error)
{
    public static Result<T> Success(T value) => new Result<T>(true, value, null);
    public static Result<T> Failure(string error) => new Result<T>(false, default, error);
    public Result<U> Map<U>(Func<T, U> f) => Ok ? Result<U>.Success(f(Value)) : Result<U>.Failure(Error);
}

record Range<T>(T Low, T High) where T : IComparable<T>
{
    public bool Contains(T x) => Low.CompareTo(x) <= 0 && x.CompareTo(High) <= 0;
}

record Entry<TKey, TValue>(TKey Key, TValue Value);

class Program
{
    static Result<int> ParsePositive(string s)
    {
        if (!int.TryParse(s, out var n)) return Result<int>.Failure($"'{s}' is not a number");
        return n > 0 ? Result<int>.Success(n) : Result<int>.Failure($"{n} is not positive");
    }

    static void Main()
    {
        var p = new Pair<int>(1, 2);
        Console.WriteLine(p);
        Console.WriteLine(p.Swap());
        Console.WriteLine(p == new Pair<int>(1, 2));
        Console.WriteLine(p.Swap().Swap() == p);
        var words = new Pair<string>("left", null);
        Console.WriteLine(words);
        Console.WriteLine(words == new Pair<string>("left", null));
        Console.WriteLine(words with { B = "right" });

        foreach (var input in new[] { "42", "-3", "abc" })
        {
            var r = ParsePositive(input).Map(n => n * 2.5);
            Console.WriteLine(r);
            if (r is { Ok: true, Value: var v }) Console.WriteLine($"  doubled-ish: {v}");
        }

        var teen = new Range<int>(13, 19);
        Console.WriteLine($"{teen.Contains(12)} {teen.Contains(13)} {teen.Contains(19)} {teen.Contains(20)}");
        var letters = new Range<string>("b", "m");
        Console.WriteLine($"{letters} {letters.Contains("cat")} {letters.Contains("zoo")}");
        var (lo, hi) = letters;
        Console.WriteLine(lo + hi);

        var nested = new Pair<Pair<int>>(new(1, 2), new(3, 4));
        Console.WriteLine(nested);
        Console.WriteLine(nested == new Pair<Pair<int>>(new Pair<int>(1, 2), new Pair<int>(3, 4)));

        var index = new Dictionary<Pair<string>, Entry<string, int>>();
        index[new Pair<string>("a", "b")] = new Entry<string, int>("ab", 1);
        index[new Pair<string>("a", "b")] = new Entry<string, int>("ab", 2);
        index[new Pair<string>("b", "a")] = new Entry<string, int>("ba", 3);
        Console.WriteLine(index.Count);
        foreach (var kv in index) Console.WriteLine($"{kv.Key.A}{kv.Key.B}: {kv.Value}");

        var list = new List<Entry<string, double>> { new("pi", 3.14), new("e", 2.718) };
        Console.WriteLine(list.Contains(new Entry<string, double>("e", 2.718)));
        Console.WriteLine(list.IndexOf(new Entry<string, double>("e", 2.718)));
        Console.WriteLine(typeof(Pair<int>) == p.GetType());
    }
}
// expect: Pair { A = 1, B = 2 }
// expect: Pair { A = 2, B = 1 }
// expect: True
// expect: True
// expect: Pair { A = left, B =  }
// expect: True
// expect: Pair { A = left, B = right }
// expect: Result { Ok = True, Value = 105, Error =  }
// expect:   doubled-ish: 105
// expect: Result { Ok = False, Value = 0, Error = -3 is not positive }
// expect: Result { Ok = False, Value = 0, Error = 'abc' is not a number }
// expect: False True True False
// expect: Range { Low = b, High = m } True False
// expect: bm
// expect: Pair { A = Pair { A = 1, B = 2 }, B = Pair { A = 3, B = 4 } }
// expect: True
// expect: 2
// expect: ab: Entry { Key = ab, Value = 2 }
// expect: ba: Entry { Key = ba, Value = 3 }
// expect: True
// expect: 1
// expect: True
