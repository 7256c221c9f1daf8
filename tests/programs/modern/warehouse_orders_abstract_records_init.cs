// Warehouse order processing: abstract record hierarchy with overridden computed price, init-only order lines built with target-typed new(), ??= lazy dictionary, TryGetValue out var, switch expressions on types and on strings with when-guards and range slicing, tuple returns deconstructed, with on derived records
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

public abstract record Item(string Sku, string Name)
{
    public abstract double UnitPrice { get; }
}

public record Product(string Sku, string Name, double Price, int Stock) : Item(Sku, Name)
{
    public override double UnitPrice => Price;
}

public record Bundle(string Sku, string Name, Product[] Parts, double Discount) : Item(Sku, Name)
{
    public override double UnitPrice => Math.Round(Parts.Sum(p => p.Price) * (1 - Discount), 2);
}

public class OrderLine
{
    public string Sku { get; init; } = "";
    public int Quantity { get; init; } = 1;
    public string? Coupon { get; init; }
}

public class Warehouse
{
    private readonly Dictionary<string, Item> catalog = new();
    private Dictionary<string, int>? reserved;
    public List<string> Log { get; } = new();

    public void Add(Item item) => catalog[item.Sku] = item;

    public (bool Ok, double Total, string Message) Place(OrderLine line)
    {
        reserved ??= new Dictionary<string, int>();
        if (!catalog.TryGetValue(line.Sku, out var item))
            return (false, 0, $"unknown sku {line.Sku}");

        var available = item switch
        {
            Product p => p.Stock,
            Bundle b => b.Parts.Min(part => part.Stock),
            _ => 0
        };
        reserved.TryGetValue(line.Sku, out var already);
        if (line.Quantity + already > available)
            return (false, 0, $"only {available - already} of {item.Name} left");

        reserved[line.Sku] = already + line.Quantity;
        var gross = item.UnitPrice * line.Quantity;
        var net = line.Coupon switch
        {
            null => gross,
            "HALF" => gross / 2,
            var c when c.StartsWith("OFF") && int.TryParse(c[3..], out var off) => Math.Max(0, gross - off),
            _ => gross
        };
        Log.Add($"{line.Sku} x{line.Quantity} {(line.Coupon is null ? "" : "[" + line.Coupon + "] ")}= {net:F2}");
        return (true, net, "ok");
    }

    public IEnumerable<(string Sku, int Qty)> Reservations() =>
        reserved is null ? Enumerable.Empty<(string, int)>() : reserved.Select(kv => (kv.Key, kv.Value));
}

public static class Program
{
    public static void Main()
    {
        var pen = new Product("P-1", "Pen", 1.5, 100);
        var pad = new Product("P-2", "Notepad", 3.25, 10);
        var ink = new Product("P-3", "Ink", 7.0, 4);
        var kit = new Bundle("B-1", "Writer kit", new[] { pen, pad, ink }, 0.15);

        var w = new Warehouse();
        foreach (var i in new Item[] { pen, pad, ink, kit }) w.Add(i);

        Console.WriteLine($"empty reservations: {w.Reservations().Count()}");

        var orders = new List<OrderLine>
        {
            new() { Sku = "P-1", Quantity = 10 },
            new() { Sku = "B-1", Quantity = 2, Coupon = "HALF" },
            new() { Sku = "P-3", Quantity = 3 },
            new() { Sku = "B-1", Quantity = 2 },
            new() { Sku = "X-9" },
            new() { Sku = "P-2", Quantity = 4, Coupon = "OFF5" },
            new() { Sku = "P-2", Coupon = "OFFx" },
            new() { Sku = "P-1", Quantity = 3, Coupon = "OFF100" },
        };

        double revenue = 0;
        foreach (var o in orders)
        {
            var (ok, total, msg) = w.Place(o);
            if (ok) revenue += total;
            else Console.WriteLine($"rejected {o.Sku}: {msg}");
        }
        w.Log.ForEach(Console.WriteLine);
        Console.WriteLine($"revenue {revenue:F2}");
        foreach (var (sku, qty) in w.Reservations().OrderBy(r => r.Sku))
            Console.WriteLine($"  {sku}: {qty}");

        Console.WriteLine($"kit price {kit.UnitPrice}");
        var cheaperKit = kit with { Discount = 0.5, Name = "Sale kit" };
        Console.WriteLine($"{cheaperKit.Name} {cheaperKit.UnitPrice} same parts: {ReferenceEquals(kit.Parts, cheaperKit.Parts)}");
        Console.WriteLine(pad with { Stock = 0 });
        Console.WriteLine(pen == new Product("P-1", "Pen", 1.5, 100));
        Item asItem = pen;
        Console.WriteLine(asItem is Product { Stock: > 50, Price: < 2 } cheap ? $"cheap {cheap.Name}" : "no");
    }
}
// expect: empty reservations: 0
// expect: rejected X-9: unknown sku X-9
// expect: P-1 x10 = 15.00
// expect: B-1 x2 [HALF] = 9.99
// expect: P-3 x3 = 21.00
// expect: B-1 x2 = 19.98
// expect: P-2 x4 [OFF5] = 8.00
// expect: P-2 x1 [OFFx] = 3.25
// expect: P-1 x3 [OFF100] = 0.00
// expect: revenue 77.22
// expect:   B-1: 4
// expect:   P-1: 13
// expect:   P-2: 5
// expect:   P-3: 3
// expect: kit price 9.99
// expect: Sale kit 5.88 same parts: True
// expect: Product { Sku = P-2, Name = Notepad, UnitPrice = 3.25, Price = 3.25, Stock = 0 }
// expect: True
// expect: cheap Pen
