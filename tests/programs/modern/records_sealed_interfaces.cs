// Sealed records implementing IComparable<T> and an interface, sorted and searched; a positional parameter feeding an explicitly declared property (normalizing it) instead of the synthesized one, which ToString prints after the synthesized properties (members print in declaration order, the parameter list coming first); extra constructors chaining to the primary constructor with this(...); a primary-constructor parameter used in a public readonly field initializer (printed by ToString, and copied unchanged by `with`).
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

interface IPriced
{
    int PriceCents { get; }
}

sealed record Product(string Sku, string Name, int PriceCents) : IPriced, IComparable<Product>
{
    public string Sku { get; init; } = Sku.Trim().ToUpperInvariant();

    public Product(string sku, int priceCents) : this(sku, "unnamed " + sku.Trim(), priceCents) { }

    public int CompareTo(Product other)
    {
        int byPrice = PriceCents.CompareTo(other.PriceCents);
        return byPrice != 0 ? byPrice : string.CompareOrdinal(Sku, other.Sku);
    }
}

sealed record Bundle(string Name, Product First, Product Second) : IPriced
{
    private readonly int discount = First.PriceCents / 10;
    public int PriceCents => First.PriceCents + Second.PriceCents - discount;
}

record Stamp(int Year, int Month, int Day)
{
    public readonly string Label = $"{Year:D4}-{Month:D2}-{Day:D2}";
}

class Program
{
    static int Total(IEnumerable<IPriced> items)
    {
        int sum = 0;
        foreach (var i in items) sum += i.PriceCents;
        return sum;
    }

    static void Main()
    {
        var pen = new Product("  pen-1 ", "Pen", 150);
        Console.WriteLine(pen);
        Console.WriteLine(pen == new Product("PEN-1", "Pen", 150));
        var (sku, name, price) = pen;
        Console.WriteLine($"[{sku}] {name} {price}");

        var pad = new Product("pad-9", 300);
        Console.WriteLine(pad);

        var items = new List<Product> { pad, new Product("ink-2", "Ink", 150), pen, new Product("cap-3", 99) };
        items.Sort();
        foreach (var p in items) Console.WriteLine($"{p.PriceCents} {p.Sku}");
        Console.WriteLine(items.BinarySearch(new Product("pen-1", "whatever", 150)) >= 0);
        Console.WriteLine(items.IndexOf(new Product("pen-1", "whatever", 150)));
        Console.WriteLine(items.IndexOf(new Product(" Pen-1", "Pen", 150)));

        var combo = new Bundle("Writer", pen, pad);
        Console.WriteLine(combo);
        Console.WriteLine(combo.PriceCents);
        var cheaper = combo with { Second = items[0] };
        Console.WriteLine(cheaper.PriceCents);
        Console.WriteLine(Total(new IPriced[] { pen, pad, combo }));

        IPriced boxed = pen;
        Console.WriteLine(boxed is Product { Name: "Pen" } ? "pen found" : "no pen");
        Console.WriteLine(pen.GetType().IsSealed);

        var stamp = new Stamp(2021, 3, 14);
        Console.WriteLine(stamp);
        Console.WriteLine(stamp == new Stamp(2021, 3, 14));
        Console.WriteLine((stamp with { Day = 1 }).Label);
    }
}
// expect: Product { Name = Pen, PriceCents = 150, Sku = PEN-1 }
// expect: True
// expect: [PEN-1] Pen 150
// expect: Product { Name = unnamed pad-9, PriceCents = 300, Sku = PAD-9 }
// expect: 99 CAP-3
// expect: 150 INK-2
// expect: 150 PEN-1
// expect: 300 PAD-9
// expect: True
// expect: -1
// expect: 2
// expect: Bundle { Name = Writer, First = Product { Name = Pen, PriceCents = 150, Sku = PEN-1 }, Second = Product { Name = unnamed pad-9, PriceCents = 300, Sku = PAD-9 }, PriceCents = 435 }
// expect: 435
// expect: 234
// expect: 885
// expect: pen found
// expect: True
// expect: Stamp { Year = 2021, Month = 3, Day = 14, Label = 2021-03-14 }
// expect: True
// expect: 2021-03-14
