// A small inventory report: records grouped by category in a Dictionary of Lists, totals in a SortedDictionary, items sorted by a comparer.
using System;
using System.Collections.Generic;

class Item
{
    public string Name;
    public string Category;
    public int Quantity;
    public int Cents;

    public Item(string name, string category, int quantity, int cents)
    {
        Name = name;
        Category = category;
        Quantity = quantity;
        Cents = cents;
    }
}

class ByValueDescending : IComparer<Item>
{
    public int Compare(Item a, Item b)
    {
        int c = (b.Quantity * b.Cents).CompareTo(a.Quantity * a.Cents);
        return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
    }
}

class Program
{
    static string Money(int cents)
    {
        int c = cents % 100;
        return cents / 100 + "." + (c < 10 ? "0" : "") + c;
    }

    static void Main()
    {
        var items = new List<Item>
        {
            new Item("hammer", "tools", 3, 1250),
            new Item("apple", "food", 40, 25),
            new Item("saw", "tools", 1, 3000),
            new Item("bread", "food", 5, 210),
            new Item("glue", "craft", 12, 175),
            new Item("nails", "tools", 500, 2),
        };
        var byCategory = new Dictionary<string, List<Item>>();
        foreach (Item it in items)
        {
            List<Item> group;
            if (!byCategory.TryGetValue(it.Category, out group))
            {
                group = new List<Item>();
                byCategory.Add(it.Category, group);
            }
            group.Add(it);
        }
        foreach (var kv in byCategory)
        {
            var names = new List<string>();
            foreach (Item it in kv.Value)
                names.Add(it.Name);
            Console.WriteLine(kv.Key + ": " + string.Join(", ", names)); // expect: tools: hammer, saw, nails
            // expect: food: apple, bread
            // expect: craft: glue
        }
        var totals = new SortedDictionary<string, int>();
        foreach (Item it in items)
        {
            int t;
            totals.TryGetValue(it.Category, out t);
            totals[it.Category] = t + it.Quantity * it.Cents;
        }
        foreach (var kv in totals)
            Console.WriteLine(kv.Key + " " + Money(kv.Value)); // expect: craft 21.00
        // expect: food 20.50
        // expect: tools 77.50
        items.Sort(new ByValueDescending());
        foreach (Item it in items)
            Console.WriteLine(it.Name + " " + Money(it.Quantity * it.Cents)); // expect: hammer 37.50
        // expect: saw 30.00
        // expect: glue 21.00
        // expect: bread 10.50
        // expect: apple 10.00
        // expect: nails 10.00
    }
}
