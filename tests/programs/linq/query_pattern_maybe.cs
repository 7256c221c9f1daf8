// Query expressions over a user-defined Maybe<T> whose Select, SelectMany and Where are extension methods (no System.Linq): parsing and validating input where any missing step short-circuits the whole query.
using System;
using System.Collections.Generic;

class Maybe<T>
{
    public readonly bool HasValue;
    public readonly T Value;
    Maybe(bool has, T value) { HasValue = has; Value = value; }
    public static readonly Maybe<T> None = new Maybe<T>(false, default(T));
    public static Maybe<T> Some(T value) { return new Maybe<T>(true, value); }
    public override string ToString() { return HasValue ? "Some(" + Value + ")" : "None"; }
}

static class MaybeQuery
{
    public static Maybe<R> Select<T, R>(this Maybe<T> m, Func<T, R> f)
    {
        return m.HasValue ? Maybe<R>.Some(f(m.Value)) : Maybe<R>.None;
    }
    public static Maybe<R> SelectMany<T, C, R>(this Maybe<T> m, Func<T, Maybe<C>> bind, Func<T, C, R> project)
    {
        if (!m.HasValue) return Maybe<R>.None;
        var c = bind(m.Value);
        return c.HasValue ? Maybe<R>.Some(project(m.Value, c.Value)) : Maybe<R>.None;
    }
    public static Maybe<T> Where<T>(this Maybe<T> m, Func<T, bool> p)
    {
        return m.HasValue && p(m.Value) ? m : Maybe<T>.None;
    }
}

class Program
{
    static Dictionary<string, string> config = new Dictionary<string, string> {
        { "width", "40" }, { "height", "25" }, { "depth", "x7" }, { "scale", "0" },
    };

    static Maybe<string> Lookup(string key)
    {
        string v;
        Console.WriteLine("lookup " + key);
        return config.TryGetValue(key, out v) ? Maybe<string>.Some(v) : Maybe<string>.None;
    }

    static Maybe<int> ParseInt(string s)
    {
        int n;
        return int.TryParse(s, out n) ? Maybe<int>.Some(n) : Maybe<int>.None;
    }

    static Maybe<int> Area(string a, string b)
    {
        return from sa in Lookup(a)
               from x in ParseInt(sa)
               from sb in Lookup(b)
               from y in ParseInt(sb)
               select x * y;
    }

    static void Main()
    {
        Console.WriteLine(Area("width", "height"));
        // expect: lookup width
        // expect: lookup height
        // expect: Some(1000)
        Console.WriteLine(Area("color", "height"));
        // expect: lookup color
        // expect: None
        Console.WriteLine(Area("width", "depth"));
        // expect: lookup width
        // expect: lookup depth
        // expect: None

        var ratio = from s in Lookup("scale")
                    from n in ParseInt(s)
                    where n != 0
                    select 100 / n;
        Console.WriteLine(ratio); // expect: lookup scale
        // expect: None

        var doubled = from w in Lookup("width") let n = w.Length select n * 2;
        Console.WriteLine(doubled); // expect: lookup width
        // expect: Some(4)

        var simple = from v in Maybe<int>.Some(21) select v * 2;
        var nothing = from v in Maybe<int>.None select v * 2;
        Console.WriteLine(simple + " " + nothing); // expect: Some(42) None
    }
}
