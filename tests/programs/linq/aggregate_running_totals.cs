// Aggregate in its three overloads (func; seed + func; seed + func + result selector): bank balance running totals, longest word, factorial in long, CSV building, reversing, and the seed's type differing from the elements'.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var deposits = new[] { 100, -30, 45, -10, 60 };

        // 1. No seed: the first element starts the accumulator.
        Console.WriteLine(deposits.Aggregate((acc, d) => acc + d)); // expect: 165
        var words = "the quick brown fox jumped over lazy dogs".Split(' ');
        Console.WriteLine(words.Aggregate((best, w) => w.Length > best.Length ? w : best)); // expect: jumped
        Console.WriteLine(new[] { "solo" }.Aggregate((a, b) => a + b)); // expect: solo

        // 2. Seed: running totals collected into a list.
        var running = deposits.Aggregate(new List<int>(), (list, d) =>
        {
            list.Add((list.Count == 0 ? 0 : list[list.Count - 1]) + d);
            return list;
        });
        Console.WriteLine(string.Join(" ", running)); // expect: 100 70 115 105 165

        long factorial = Enumerable.Range(1, 20).Aggregate(1L, (acc, n) => acc * n);
        Console.WriteLine(factorial); // expect: 2432902008176640000
        Console.WriteLine(new int[0].Aggregate(7, (a, b) => a * b)); // expect: 7
        string reversed = "stressed".Aggregate("", (acc, c) => c + acc);
        Console.WriteLine(reversed); // expect: desserts

        // Lowest balance reached during the month.
        int lowest = deposits.Aggregate(new int[] { 0, int.MaxValue }, (st, d) =>
        {
            st[0] += d;
            if (st[0] < st[1]) st[1] = st[0];
            return st;
        })[1];
        Console.WriteLine("lowest " + lowest); // expect: lowest 70

        // 3. Seed, func and result selector.
        string csv = words.Take(4).Aggregate(new System.Text.StringBuilder(), (sb, w) =>
        {
            if (sb.Length > 0) sb.Append(',');
            return sb.Append(w);
        }, sb => "[" + sb.ToString() + "]");
        Console.WriteLine(csv); // expect: [the,quick,brown,fox]

        double mean = deposits.Aggregate(new long[2], (st, d) => { st[0] += d; st[1]++; return st; }, st => (double)st[0] / st[1]);
        Console.WriteLine(mean); // expect: 33

        int digits = new[] { 4, 0, 9, 6 }.Aggregate(0, (acc, d) => acc * 10 + d, n => n * 2);
        Console.WriteLine(digits); // expect: 8192

        // Aggregate the order of calls.
        var trace = new[] { "a", "b", "c" }.Aggregate("seed", (acc, s) => "(" + acc + "+" + s + ")", r => r.ToUpper());
        Console.WriteLine(trace); // expect: (((SEED+A)+B)+C)

        // Max-with-owner without sorting: keep the best pair seen so far.
        var scores = new Dictionary<string, int> { { "ana", 71 }, { "ben", 93 }, { "cy", 88 } };
        var top = scores.Aggregate((best, kv) => kv.Value > best.Value ? kv : best);
        Console.WriteLine(top.Key + " " + top.Value); // expect: ben 93

        // Fold into a dictionary: letter frequencies.
        var freq = "banana".Aggregate(new SortedDictionary<char, int>(), (d, c) =>
        {
            int n;
            d.TryGetValue(c, out n);
            d[c] = n + 1;
            return d;
        });
        Console.WriteLine(string.Join(" ", freq.Select(kv => kv.Key + "" + kv.Value))); // expect: a3 b1 n2
    }
}
