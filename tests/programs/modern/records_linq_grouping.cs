// Records in LINQ queries: records as composite GroupBy keys, Distinct/Except/Contains/ToDictionary relying on record value equality, projection into positional records, and ordering by record properties (a Revenue tie keeps GroupBy's first-seen order).
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

record Sale(string Region, string Product, int Units, double Price);
record RegionProduct(string Region, string Product);
record Summary(RegionProduct Key, int Units, double Revenue);
record Visit(string User, string Page);

class Program
{
    static void Main()
    {
        var sales = new List<Sale>
        {
            new("North", "Widget", 3, 2.5),
            new("South", "Widget", 1, 2.5),
            new("North", "Gadget", 2, 10),
            new("North", "Widget", 5, 2.5),
            new("South", "Gadget", 4, 9.5),
            new("South", "Widget", 2, 2.5),
        };

        var summaries = sales
            .GroupBy(s => new RegionProduct(s.Region, s.Product))
            .Select(g => new Summary(g.Key, g.Sum(s => s.Units), g.Sum(s => s.Units * s.Price)))
            .OrderBy(s => s.Key.Region).ThenByDescending(s => s.Revenue)
            .ToList();
        foreach (var s in summaries)
            Console.WriteLine(s);

        var byKey = summaries.ToDictionary(s => s.Key);
        Console.WriteLine(byKey[new RegionProduct("South", "Gadget")].Units);
        Console.WriteLine(byKey.ContainsKey(new RegionProduct("East", "Gadget")));

        var visits = new[]
        {
            new Visit("ann", "/home"), new Visit("bob", "/home"), new Visit("ann", "/home"),
            new Visit("ann", "/cart"), new Visit("bob", "/home"), new Visit("cy", "/help"),
        };
        var distinct = visits.Distinct().ToList();
        Console.WriteLine(distinct.Count);
        Console.WriteLine(string.Join(" | ", distinct));

        var seenYesterday = new[] { new Visit("ann", "/home"), new Visit("cy", "/help") };
        var fresh = visits.Except(seenYesterday);
        Console.WriteLine(string.Join(", ", fresh.Select(v => v.User + v.Page)));
        Console.WriteLine(visits.Contains(new Visit("bob", "/home")));
        Console.WriteLine(visits.Count(v => v == new Visit("ann", "/home")));

        var pagesPerUser = visits
            .GroupBy(v => v.User)
            .Select(g => (User: g.Key, Pages: g.Select(v => v.Page).Distinct().Count()))
            .Where(t => t.Pages > 0)
            .OrderByDescending(t => t.Pages).ThenBy(t => t.User);
        foreach (var (user, pages) in pagesPerUser)
            Console.WriteLine($"{user}: {pages}");

        var best = sales.OrderByDescending(s => s.Units * s.Price).First();
        var (region, product, units, price) = best;
        Console.WriteLine($"best: {units} x {product} in {region} at {price}");

        var regions = sales.Select(s => s with { Product = "*", Units = 0, Price = 0 }).Distinct();
        Console.WriteLine(string.Join("; ", regions));
    }
}
// expect: Summary { Key = RegionProduct { Region = North, Product = Widget }, Units = 8, Revenue = 20 }
// expect: Summary { Key = RegionProduct { Region = North, Product = Gadget }, Units = 2, Revenue = 20 }
// expect: Summary { Key = RegionProduct { Region = South, Product = Gadget }, Units = 4, Revenue = 38 }
// expect: Summary { Key = RegionProduct { Region = South, Product = Widget }, Units = 3, Revenue = 7.5 }
// expect: 4
// expect: False
// expect: 4
// expect: Visit { User = ann, Page = /home } | Visit { User = bob, Page = /home } | Visit { User = ann, Page = /cart } | Visit { User = cy, Page = /help }
// expect: bob/home, ann/cart
// expect: True
// expect: 2
// expect: ann: 2
// expect: bob: 1
// expect: cy: 1
// expect: best: 4 x Gadget in South at 9.5
// expect: Sale { Region = North, Product = *, Units = 0, Price = 0 }; Sale { Region = South, Product = *, Units = 0, Price = 0 }
