// Text toolkit as extension methods: Caesar cipher with relational char patterns in a switch expression, run-length encoding with a capturing local function and tuple swap assignment, word-wrap iterator, char classification with or/not patterns, a generic T? extension on an unconstrained type parameter, string ranges
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static class TextKit
{
    public static string Caesar(this string s, int shift) =>
        new string(s.Select(c => c switch
        {
            >= 'a' and <= 'z' => (char)('a' + Mod(c - 'a' + shift, 26)),
            >= 'A' and <= 'Z' => (char)('A' + Mod(c - 'A' + shift, 26)),
            _ => c
        }).ToArray());

    static int Mod(int a, int m) => (a % m + m) % m;

    public static string RunLength(this string s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder();
        char prev = s[0];
        int run = 1;
        foreach (var c in s[1..])
        {
            if (c == prev) { run++; continue; }
            Flush();
            (prev, run) = (c, 1);
        }
        Flush();
        return sb.ToString();

        void Flush() => sb.Append(run > 1 ? $"{run}{prev}" : prev.ToString());
    }

    public static string UnRunLength(this string s)
    {
        var sb = new StringBuilder();
        int count = 0;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9') count = count * 10 + (c - '0');
            else { sb.Append(c, Math.Max(count, 1)); count = 0; }
        }
        return sb.ToString();
    }

    public static IEnumerable<string> Wrap(this string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ').Where(w => w.Length > 0))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    public static bool IsPangram(this string s) =>
        s.ToLowerInvariant().Where(char.IsLetter).Distinct().Count() == 26;

    public static string Classify(this char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => "vowel",
        >= 'a' and <= 'z' => "consonant",
        >= '0' and <= '9' => "digit",
        ' ' or '\t' or '\n' => "space",
        not (>= 'A' and <= 'Z') => "other",
        _ => "upper"
    };

    public static T? MostCommon<T>(this IEnumerable<T> items) =>
        items.GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}

class Program
{
    static void Main()
    {
        var msg = "The quick brown fox jumps over the lazy dog";
        var secret = msg.Caesar(3);
        Console.WriteLine(secret);
        Console.WriteLine(secret.Caesar(-3) == msg ? "round trip ok" : "broken");
        Console.WriteLine("Zebra-123".Caesar(27));
        Console.WriteLine($"pangram: {msg.IsPangram()} / {"Hello world".IsPangram()}");

        foreach (var s in new[] { "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccd", "" })
        {
            var enc = s.RunLength();
            Console.WriteLine($"'{enc}' ok={enc.UnRunLength() == s} ratio={(s.Length == 0 ? 0 : (double)enc.Length / s.Length):F2}");
        }

        var para = "Sharp compiles C# into portable assemblies and also runs them in its own JIT so every phase can be inspected";
        foreach (var (line, n) in para.Wrap(28).Select((l, i) => (l, i + 1)))
            Console.WriteLine($"{n}: |{line,-28}|");
        Console.WriteLine(para.Wrap(5).Max(l => l.Length));

        var counts = "Hello, World 42!".GroupBy(c => c.Classify()).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(" ", counts));

        var words = para.ToLower().Split(' ');
        Console.WriteLine($"most common letter: {string.Concat(words).MostCommon()}");
        Console.WriteLine($"most common length: {words.Select(w => w.Length).MostCommon()}");
        Console.WriteLine($"empty: '{Array.Empty<string>().MostCommon() ?? "<null>"}' {new int[0].MostCommon()}");

        var acronym = string.Concat(para.Split(' ').Where(w => w.Length > 3).Select(w => char.ToUpper(w[0])));
        Console.WriteLine(acronym);
        var longest = words.Aggregate("", (best, w) => w.Length > best.Length ? w : best);
        Console.WriteLine($"{longest} {longest[^3..]} {longest[..^3].Length}");
    }
}
// expect: Wkh txlfn eurzq ira mxpsv ryhu wkh odcb grj
// expect: round trip ok
// expect: Afcsb-123
// expect: pangram: True / False
// expect: '12WB12W3B24WB14W' ok=True ratio=0.24
// expect: 'abc' ok=True ratio=1.00
// expect: '2ab3cd' ok=True ratio=0.86
// expect: '' ok=True ratio=0.00
// expect: 1: |Sharp compiles C# into      |
// expect: 2: |portable assemblies and also|
// expect: 3: |runs them in its own JIT so |
// expect: 4: |every phase can be inspected|
// expect: 10
// expect: consonant=5 digit=2 other=2 space=2 upper=2 vowel=3
// expect: most common letter: s
// expect: most common length: 3
// expect: empty: '<null>' 0
// expect: SCIPAARTEPI
// expect: assemblies ies 7
