// Quantifiers and counting over an inventory: Any (with and without predicate), All (true on empty), Count and LongCount with predicates, Contains (on lists, lazy sequences and with a comparer), and short-circuiting.
using System;
using System.Collections.Generic;
using System.Linq;

class Item
{
    public string Name;
    public int Stock;
    public int Price;
    public Item(string name, int stock, int price) { Name = name; Stock = stock; Price = price; }
}

class Program
{
    static void Main()
    {
        var items = new List<Item> {
            new Item("bolt", 120, 2), new Item("nut", 0, 1), new Item("gear", 8, 30),
            new Item("belt", 0, 25), new Item("cog", 40, 12),
        };

        Console.WriteLine(items.Any() + " " + new Item[0].Any()); // expect: True False
        Console.WriteLine(items.Any(i => i.Stock == 0)); // expect: True
        Console.WriteLine(items.All(i => i.Price > 0)); // expect: True
        Console.WriteLine(items.All(i => i.Stock > 0)); // expect: False
        Console.WriteLine(new Item[0].All(i => false)); // expect: True

        Console.WriteLine(items.Count() + " " + items.Count(i => i.Stock == 0)); // expect: 5 2
        long big = items.LongCount(i => i.Price >= 12);
        Console.WriteLine(big + " " + items.LongCount()); // expect: 3 5
        Console.WriteLine(big.GetType().Name); // expect: Int64

        var names = items.Select(i => i.Name);
        Console.WriteLine(names.Contains("gear") + " " + names.Contains("GEAR")); // expect: True False
        Console.WriteLine(names.Contains("GEAR", StringComparer.OrdinalIgnoreCase)); // expect: True
        Console.WriteLine(new[] { 1, 2, 3 }.Contains(2)); // expect: True

        // Any and All stop as soon as the answer is known.
        int checks = 0;
        bool anyCheap = items.Any(i => { checks++; return i.Price < 5; });
        Console.WriteLine(anyCheap + " after " + checks); // expect: True after 1
        checks = 0;
        bool allStocked = items.All(i => { checks++; return i.Stock > 0; });
        Console.WriteLine(allStocked + " after " + checks); // expect: False after 2

        // Restock report: which items need ordering, and is anything expensive out?
        var outOfStock = items.Where(i => i.Stock == 0).ToList();
        Console.WriteLine("reorder: " + string.Join(",", outOfStock.Select(i => i.Name))); // expect: reorder: nut,belt
        Console.WriteLine(outOfStock.Any(i => i.Price > 20) ? "urgent" : "routine"); // expect: urgent

        // Count on a grouped query and on a string.
        var priceBands = items.GroupBy(i => i.Price >= 10 ? "high" : "low");
        Console.WriteLine(string.Join(" ", priceBands.Select(g => g.Key + ":" + g.Count()))); // expect: low:2 high:3
        Console.WriteLine("mississippi".Count(c => c == 's')); // expect: 4

        // Count of the distinct first letters that appear more than once.
        var repeated = items.GroupBy(i => i.Name[0]).Count(g => g.Count() > 1);
        Console.WriteLine(repeated); // expect: 1

        // Contains is lazy-aware: it stops at the first hit.
        int seen = 0;
        bool has = items.Select(i => { seen++; return i.Stock; }).Contains(8);
        Console.WriteLine(has + " " + seen); // expect: True 3
    }
}
