// LINQ with method groups (int.Parse, char.IsDigit, a static method), generic helper methods whose type arguments flow through LINQ calls, struct elements, and a stateful lambda doing a running sum in Select.
using System;
using System.Collections.Generic;
using System.Linq;

struct Money
{
    public string Currency;
    public int Cents;
    public Money(string currency, int cents) { Currency = currency; Cents = cents; }
    public override string ToString() { return Currency + " " + (Cents / 100) + "." + (Cents % 100).ToString("D2"); }
}

class Program
{
    static bool IsEven(int n) { return n % 2 == 0; }
    static string Stars(int n) { return new string('*', n); }

    static T MaxByKey<T, K>(IEnumerable<T> source, Func<T, K> key) where K : IComparable<K>
    {
        return source.Aggregate((best, x) => key(x).CompareTo(key(best)) > 0 ? x : best);
    }

    static Dictionary<K, int> CountBy<T, K>(IEnumerable<T> source, Func<T, K> key)
    {
        return source.GroupBy(key).ToDictionary(g => g.Key, g => g.Count());
    }

    static IEnumerable<R> Pairwise<T, R>(IEnumerable<T> source, Func<T, T, R> f)
    {
        return source.Zip(source.Skip(1), f);
    }

    static void Main()
    {
        var parsed = "10,4,7,22,5".Split(',').Select(int.Parse).ToList();
        Console.WriteLine(parsed.Sum() + " " + string.Join(",", parsed.Where(IsEven))); // expect: 48 10,4,22
        Console.WriteLine(string.Join("|", parsed.Take(3).Select(Stars))); // expect: **********|****|*******
        Console.WriteLine(new string("a1b2c3".Where(char.IsDigit).ToArray())); // expect: 123
        Console.WriteLine(string.Join(" ", new[] { -1, 2, -3 }.Select(Math.Abs))); // expect: 1 2 3

        var words = new[] { "kiwi", "banana", "fig", "cherry" };
        Console.WriteLine(MaxByKey(words, w => w.Length) + " " + MaxByKey(parsed, n => -n)); // expect: banana 4
        var byLen = CountBy(words, w => w.Length);
        Console.WriteLine(string.Join(" ", byLen.OrderBy(kv => kv.Key).Select(kv => kv.Key + "x" + kv.Value))); // expect: 3x1 4x1 6x2
        Console.WriteLine(string.Join(" ", Pairwise(parsed, (a, b) => b > a ? "up" : "down"))); // expect: down up up down

        var wallet = new List<Money> {
            new Money("EUR", 1250), new Money("USD", 999), new Money("EUR", 75), new Money("NOK", 20000), new Money("USD", 1),
        };
        var totals = wallet.GroupBy(m => m.Currency)
                           .Select(g => new Money(g.Key, g.Sum(m => m.Cents)))
                           .OrderByDescending(m => m.Cents);
        Console.WriteLine(string.Join("; ", totals)); // expect: NOK 200.00; EUR 13.25; USD 10.00
        Money smallest = wallet.OrderBy(m => m.Cents).First();
        smallest.Cents = 5000;
        Console.WriteLine(smallest + " vs " + wallet.Min(m => m.Cents)); // expect: USD 50.00 vs 1
        Console.WriteLine(wallet.Select(m => m.Currency).Distinct().Count()); // expect: 3

        // A stateful selector: running sum (runs again on each enumeration, so snapshot it).
        int acc = 0;
        var running = parsed.Select(n => acc += n).ToArray();
        Console.WriteLine(string.Join(" ", running) + " acc=" + acc); // expect: 10 14 21 43 48 acc=48

        // Lambdas that capture the loop variable of foreach (fresh per iteration).
        var filters = new List<Func<int, bool>>();
        foreach (var limit in new[] { 5, 10, 20 }) filters.Add(n => n > limit);
        Console.WriteLine(string.Join(" ", filters.Select(f => parsed.Count(f)))); // expect: 3 1 1

        // Nested generic inference: a list of lists to a dictionary of sums.
        var teams = new List<List<int>> { new List<int> { 3, 4 }, new List<int> { 10 }, new List<int>() };
        var sums = teams.Select((t, i) => new KeyValuePair<string, int>("team" + i, t.Sum())).ToDictionary(kv => kv.Key, kv => kv.Value);
        Console.WriteLine(string.Join(" ", sums.Where(kv => kv.Value > 0).Select(kv => kv.Key + "=" + kv.Value))); // expect: team0=7 team1=10
    }
}
