// The GroupBy overloads: key only, key + element selector, key + result selector, key + element + result selectors, and each with an IEqualityComparer (case-insensitive tags, first key seen wins).
using System;
using System.Collections.Generic;
using System.Linq;

class Sale
{
    public string Region;
    public string Item;
    public int Amount;
    public Sale(string region, string item, int amount) { Region = region; Item = item; Amount = amount; }
}

class Program
{
    static void Main()
    {
        var sales = new[] {
            new Sale("north", "tea", 5), new Sale("South", "cake", 12), new Sale("North", "cake", 7),
            new Sale("east", "tea", 3), new Sale("south", "tea", 4), new Sale("NORTH", "jam", 9),
        };

        var plain = sales.GroupBy(s => s.Region);
        Console.WriteLine(string.Join(" ", plain.Select(g => g.Key + "/" + g.Count()))); // expect: north/1 South/1 North/1 east/1 south/1 NORTH/1

        var ci = sales.GroupBy(s => s.Region, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci.Select(g => g.Key + "/" + g.Count()))); // expect: north/3 South/2 east/1

        // Element selector: groups of item names.
        foreach (var g in sales.GroupBy(s => s.Item, s => s.Region.ToLower()))
            Console.WriteLine(g.Key + " <- " + string.Join(",", g));
        // expect: tea <- north,east,south
        // expect: cake <- south,north
        // expect: jam <- north

        // Element selector with comparer.
        foreach (var g in sales.GroupBy(s => s.Region, s => s.Amount, StringComparer.OrdinalIgnoreCase))
            Console.WriteLine(g.Key + " " + string.Join("+", g) + "=" + g.Sum());
        // expect: north 5+7+9=21
        // expect: South 12+4=16
        // expect: east 3=3

        // Result selector: (key, elements) -> summary line.
        var totals = sales.GroupBy(s => s.Item, (item, group) => item + ":" + group.Sum(s => s.Amount));
        Console.WriteLine(string.Join(" ", totals)); // expect: tea:12 cake:19 jam:9

        // Result selector with comparer.
        var counts = sales.GroupBy(s => s.Region, (region, group) => region.ToUpper() + "x" + group.Count(), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", counts)); // expect: NORTHx3 SOUTHx2 EASTx1

        // Element and result selectors.
        var best = sales.GroupBy(s => s.Item, s => s.Amount, (item, amounts) => item + " max " + amounts.Max());
        Console.WriteLine(string.Join("; ", best)); // expect: tea max 5; cake max 12; jam max 9

        // Element, result and comparer.
        var spans = sales.GroupBy(s => s.Region, s => s.Amount, (r, a) => r + "[" + a.Min() + ".." + a.Max() + "]", StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", spans)); // expect: north[5..9] South[4..12] east[3..3]

        // Grouping by a computed int key: numbers by their remainder mod 3.
        var mod = Enumerable.Range(1, 10).GroupBy(n => n % 3, n => n * n);
        foreach (var g in mod) Console.WriteLine(g.Key + ": " + string.Join(" ", g));
        // expect: 1: 1 16 49 100
        // expect: 2: 4 25 64
        // expect: 0: 9 36 81
    }
}
