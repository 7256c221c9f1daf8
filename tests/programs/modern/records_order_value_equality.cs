// Records as value-equal keys: an order system dedupes line items in a HashSet<record>, totals by a record key in a Dictionary, and compares records with ==, !=, Equals and GetHashCode.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

record Sku(string Code, string Size);
record LineItem(Sku Sku, int Quantity, int UnitCents)
{
    public int Total => Quantity * UnitCents;
}
record CustomerKey(string Region, int CustomerId);

class Program
{
    static void Main()
    {
        var shirtM = new Sku("TSHIRT", "M");
        var shirtM2 = new Sku("TSHIRT", "M");
        var shirtL = new Sku("TSHIRT", "L");

        Console.WriteLine(shirtM == shirtM2);
        Console.WriteLine(shirtM != shirtL);
        Console.WriteLine(ReferenceEquals(shirtM, shirtM2));
        Console.WriteLine(shirtM.Equals(shirtM2));
        Console.WriteLine(shirtM.Equals((object)shirtM2));
        Console.WriteLine(shirtM.GetHashCode() == shirtM2.GetHashCode());
        Console.WriteLine(shirtM.Equals(null));
        Sku missing = null;
        Console.WriteLine(missing == null);
        Console.WriteLine(missing == shirtM);
        Console.WriteLine(shirtM != missing);

        var items = new List<LineItem>
        {
            new LineItem(shirtM, 2, 999),
            new LineItem(shirtM2, 2, 999),
            new LineItem(shirtL, 1, 1050),
            new LineItem(new Sku("MUG", "STD"), 3, 425),
            new LineItem(new Sku("TSHIRT", "L"), 1, 1050),
        };

        var unique = new HashSet<LineItem>(items);
        Console.WriteLine($"{items.Count} lines, {unique.Count} distinct");
        Console.WriteLine(unique.Contains(new LineItem(new Sku("MUG", "STD"), 3, 425)));
        Console.WriteLine(unique.Contains(new LineItem(new Sku("MUG", "STD"), 4, 425)));

        var perSku = new Dictionary<Sku, int>();
        foreach (var item in items)
        {
            perSku.TryGetValue(item.Sku, out var q);
            perSku[item.Sku] = q + item.Quantity;
        }
        foreach (var kv in perSku)
            Console.WriteLine($"{kv.Key.Code}/{kv.Key.Size}: {kv.Value}");

        var spend = new Dictionary<CustomerKey, int>();
        void Add(string region, int id, int amount)
        {
            var key = new CustomerKey(region, id);
            spend[key] = spend.TryGetValue(key, out var s) ? s + amount : amount;
        }
        Add("EU", 7, 1998);
        Add("US", 7, 500);
        Add("EU", 7, 1050);
        Add("EU", 8, 125);
        foreach (var kv in spend)
            Console.WriteLine($"{kv.Key} -> {kv.Value}");

        int grand = 0;
        foreach (var item in unique) grand += item.Total;
        Console.WriteLine($"grand total {grand}");
        Console.WriteLine(items[0]);
    }
}
// expect: True
// expect: True
// expect: False
// expect: True
// expect: True
// expect: True
// expect: False
// expect: True
// expect: False
// expect: True
// expect: 5 lines, 3 distinct
// expect: True
// expect: False
// expect: TSHIRT/M: 4
// expect: TSHIRT/L: 2
// expect: MUG/STD: 3
// expect: CustomerKey { Region = EU, CustomerId = 7 } -> 3048
// expect: CustomerKey { Region = US, CustomerId = 7 } -> 500
// expect: CustomerKey { Region = EU, CustomerId = 8 } -> 125
// expect: grand total 4323
// expect: LineItem { Sku = Sku { Code = TSHIRT, Size = M }, Quantity = 2, UnitCents = 999, Total = 1998 }
