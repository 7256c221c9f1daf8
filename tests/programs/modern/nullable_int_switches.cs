// Switching on nullable ints and other nullable values: a null arm, constants and relational patterns applied to int?, a type pattern unwrapping the value, is-patterns on int? and long?, and switch statements on int? with case null and case guards.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

class Program
{
    static string Rating(int? stars) => stars switch
    {
        null => "unrated",
        0 => "zero",
        < 0 => "invalid",
        1 or 2 => "poor",
        3 => "ok",
        <= 5 => "good",
        _ => "too many",
    };

    static string Unwrap(int? v) => v switch
    {
        int n when n > 100 => "big " + n,
        int n => "int " + n,
        _ => "none",
    };

    static string Stmt(int? v)
    {
        switch (v)
        {
            case null:
                return "null!";
            case 7:
                return "lucky";
            case int n when n % 2 == 0:
                return "even " + n;
            default:
                return "odd " + v.Value;
        }
    }

    static int? Lookup(string key) => key switch { "a" => 1, "b" => 200, "z" => 0, _ => (int?)null };

    static void Main()
    {
        int?[] values = { null, 0, -3, 2, 3, 5, 9 };
        foreach (var v in values)
            Console.Write(Rating(v) + ";");
        Console.WriteLine();
        Console.WriteLine(Unwrap(150) + ", " + Unwrap(4) + ", " + Unwrap(null));
        Console.WriteLine(Stmt(null) + ", " + Stmt(7) + ", " + Stmt(10) + ", " + Stmt(11));

        foreach (var k in new[] { "a", "b", "z", "q" })
        {
            int? found = Lookup(k);
            string desc = found is int n ? (n is > 100 ? "large" : n is 0 ? "zero" : "small") : "missing";
            Console.WriteLine($"{k}: {desc} {found is null} {found is not null and > 0}");
        }

        long? big = 5_000_000_000;
        Console.WriteLine(big is > int.MaxValue ? "beyond int" : "fits");
        double? ratio = 0.5;
        Console.WriteLine(ratio is >= 0.0 and <= 1.0);
        char? letter = null;
        Console.WriteLine(letter is 'x' or null);
        bool? flag = false;
        Console.WriteLine(flag is false ? "explicit false" : "true or null");
    }
}
// expect: unrated;zero;invalid;poor;ok;good;too many;
// expect: big 150, int 4, none
// expect: null!, lucky, even 10, odd 11
// expect: a: small False True
// expect: b: large False True
// expect: z: zero False False
// expect: q: missing True False
// expect: beyond int
// expect: True
// expect: True
// expect: explicit false
