// Roman numerals round trip: tuple-array table with foreach deconstruction, static local function with char switch expression, or-patterns on relational bounds, nameof in exception arguments, exception filters, string ranges and ^ indices, Range values
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static class Roman
{
    static readonly (int Value, string Symbol)[] Table =
    {
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
    };

    public static string Encode(int n)
    {
        if (n is <= 0 or >= 4000) throw new ArgumentOutOfRangeException(nameof(n), n, "must be 1..3999");
        var sb = new StringBuilder();
        foreach (var (value, symbol) in Table)
        {
            while (n >= value)
            {
                sb.Append(symbol);
                n -= value;
            }
        }
        return sb.ToString();
    }

    public static int Decode(string s)
    {
        static int Digit(char c) => c switch
        {
            'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50,
            'C' => 100, 'D' => 500, 'M' => 1000,
            _ => throw new FormatException($"bad digit '{c}'")
        };

        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int cur = Digit(s[i]);
            int next = i + 1 < s.Length ? Digit(s[i + 1]) : 0;
            total += cur < next ? -cur : cur;
        }
        return total;
    }
}

class Program
{
    static void Main()
    {
        int[] samples = { 1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2008, 2024, 3999 };
        foreach (var n in samples)
        {
            var r = Roman.Encode(n);
            var back = Roman.Decode(r);
            Console.WriteLine($"{n,5} => {r,-14} => {back}{(back == n ? "" : " MISMATCH")}");
        }

        var all = Enumerable.Range(1, 3999).Select(Roman.Encode).ToList();
        var longest = all.Select((s, i) => (s, n: i + 1)).OrderByDescending(t => t.s.Length).ThenBy(t => t.n).First();
        Console.WriteLine($"longest: {longest.n} = {longest.s} ({longest.s.Length} chars)");
        Console.WriteLine($"round trip ok: {all.Select((s, i) => Roman.Decode(s) == i + 1).All(b => b)}");

        var freq = all.SelectMany(s => s).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        Console.WriteLine(string.Join(" ", freq.Select(g => $"{g.Key}:{g.Count()}")));

        string[] inputs = { "MMXXIV", "XLII", "ABC", "" };
        foreach (var inp in inputs)
        {
            try
            {
                Console.WriteLine($"'{inp}' -> {Roman.Decode(inp)}");
            }
            catch (FormatException ex)
            {
                Console.WriteLine($"'{inp}' -> error: {ex.Message}");
            }
        }

        foreach (var bad in new[] { 0, 4000, -5 })
        {
            try { Roman.Encode(bad); }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName == nameof(Roman.Encode).Substring(6, 0) + "n")
            {
                Console.WriteLine($"rejected {ex.ActualValue}: {ex.ParamName}");
            }
        }

        var year = Roman.Encode(1994);
        Console.WriteLine($"{year[..2]} | {year[2..^2]} | {year[^2..]} | first={year[0]} last={year[^1]}");
        Range mid = 1..^1;
        Console.WriteLine($"{year[mid]} len {year[mid].Length}");
    }
}
// expect:     1 => I              => 1
// expect:     4 => IV             => 4
// expect:     9 => IX             => 9
// expect:    14 => XIV            => 14
// expect:    40 => XL             => 40
// expect:    90 => XC             => 90
// expect:   400 => CD             => 400
// expect:  1666 => MDCLXVI        => 1666
// expect:  1990 => MCMXC          => 1990
// expect:  2008 => MMVIII         => 2008
// expect:  2024 => MMXXIV         => 2024
// expect:  3999 => MMMCMXCIX      => 3999
// expect: longest: 3888 = MMMDCCCLXXXVIII (15 chars)
// expect: round trip ok: True
// expect: M:6400 C:6000 X:6000 I:5600 D:2000 L:2000 V:2000
// expect: 'MMXXIV' -> 2024
// expect: 'XLII' -> 42
// expect: 'ABC' -> error: bad digit 'A'
// expect: '' -> 0
// expect: rejected 0: n
// expect: rejected 4000: n
// expect: rejected -5: n
// expect: MC | MXC | IV | first=M last=V
// expect: CMXCI len 5
