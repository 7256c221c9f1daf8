// LINQ: n orders (customer, amount) from a seeded generator go through a
// Where / GroupBy / Select / OrderByDescending / ThenBy / Take pipeline
// (deferred operators, a hash grouping, a stable sort of the groups) and a
// second one-pass query of Sum, Max, Count and Average; prints the top
// customers and the totals.
using System;
using System.Collections.Generic;
using System.Linq;

class Order
{
    public int Customer;
    public int Amount;
    public Order(int customer, int amount) { Customer = customer; Amount = amount; }
}

static class Linq
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000000;
        var orders = new List<Order>(n);
        uint seed = 11;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1664525 + 1013904223;
            orders.Add(new Order((int)(seed >> 12) % 5000, (int)(seed >> 4) % 1000));
        }
        var top = orders
            .Where(o => o.Amount > 100)
            .GroupBy(o => o.Customer)
            .Select(g => new Order(g.Key, g.Sum(o => o.Amount)))
            .OrderByDescending(c => c.Amount)
            .ThenBy(c => c.Customer)
            .Take(3)
            .ToList();
        foreach (var c in top) Console.WriteLine(c.Customer + " " + c.Amount);
        var big = from o in orders where o.Amount >= 990 select o.Amount;
        Console.WriteLine(big.Count() + " " + big.Sum() + " " + orders.Max(o => o.Amount) + " " + orders.Average(o => o.Amount).ToString("F2"));
        return 0;
    }
}
