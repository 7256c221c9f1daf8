// LINQ over user-written sequences: an infinite Fibonacci iterator cut with TakeWhile/Take, a custom IEnumerable<T> class, LINQ over Dictionary pairs and string chars, and a List modified while a deferred query enumerates it.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Countdown : IEnumerable<int>
{
    int from;
    public Countdown(int from) { this.from = from; }
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = from; i >= 0; i--) yield return i;
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            long t = a + b; a = b; b = t;
        }
    }

    static void Main()
    {
        Console.WriteLine(string.Join(" ", Fibonacci().Take(10))); // expect: 0 1 1 2 3 5 8 13 21 34
        Console.WriteLine(Fibonacci().TakeWhile(f => f < 4000000).Where(f => f % 2 == 0).Sum()); // expect: 4613732
        Console.WriteLine(Fibonacci().First(f => f > 1000)); // expect: 1597
        Console.WriteLine(Fibonacci().Select((f, i) => new KeyValuePair<int, long>(i, f)).First(kv => kv.Value.ToString().Length == 5).Key); // expect: 21
        Console.WriteLine(Fibonacci().Skip(90).First()); // expect: 2880067194370816120

        var cd = new Countdown(5);
        Console.WriteLine(string.Join(",", cd.Where(n => n % 2 == 1))); // expect: 5,3,1
        Console.WriteLine(cd.Count() + " " + cd.Max() + " " + cd.Reverse().First()); // expect: 6 5 0
        Console.WriteLine(string.Join(",", cd.Zip(cd.Skip(1), (a, b) => a * b))); // expect: 20,12,6,2,0

        var stock = new Dictionary<string, int> { { "apples", 12 }, { "pears", 0 }, { "plums", 7 }, { "figs", 3 } };
        var inStock = stock.Where(kv => kv.Value > 0).OrderBy(kv => kv.Value).Select(kv => kv.Key);
        Console.WriteLine(string.Join(" ", inStock)); // expect: figs plums apples
        Console.WriteLine(stock.Values.Sum() + " " + stock.Keys.Max() + " " + stock.Keys.Count(k => k.StartsWith("p"))); // expect: 22 plums 2
        var inverted = stock.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Value, kv => kv.Key);
        Console.WriteLine(inverted[7]); // expect: plums

        string dna = "GATTACAGATTACA";
        var bases = dna.GroupBy(c => c).OrderBy(g => g.Key).Select(g => g.Key + ":" + g.Count());
        Console.WriteLine(string.Join(" ", bases)); // expect: A:6 C:2 G:2 T:4
        string complement = new string(dna.Select(c => c == 'A' ? 'T' : c == 'T' ? 'A' : c == 'G' ? 'C' : 'G').ToArray());
        Console.WriteLine(complement); // expect: CTAATGTCTAATGT
        Console.WriteLine(string.Concat(dna.Distinct())); // expect: GATC

        // Changing a List while a deferred query walks it fails on the next step.
        var items = new List<int> { 1, 2, 3 };
        try
        {
            foreach (var x in items.Where(n => n > 0))
            {
                Console.WriteLine("saw " + x);
                if (x == 2) items.Add(99);
            }
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("collection modified");
        }
        // expect: saw 1
        // expect: saw 2
        // expect: collection modified

        // Materialize first with ToList and the same loop is fine.
        foreach (var x in items.Where(n => n < 10).ToList())
            if (x == 1) items.Add(100);
        Console.WriteLine(string.Join(",", items)); // expect: 1,2,3,99,100
    }
}
