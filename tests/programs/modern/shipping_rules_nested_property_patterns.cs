// Shipping rules over orders with nested property patterns: { Customer: { Address: { Country: "NL" } } }, null and not-null sub-patterns, {} for any non-null value, string and bool constants, relational patterns on nested numbers, and a designation on a nested object.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Address { public string Country { get; set; } public string City { get; set; } }
class Customer { public string Name { get; set; } public bool Vip { get; set; } public Address Address { get; set; } }
class Order
{
    public int Id { get; set; }
    public Customer Customer { get; set; }
    public double Weight { get; set; }
    public List<string> Items { get; set; } = new List<string>();
}

class Program
{
    static string Rule(Order o) => o switch
    {
        null => "no order",
        { Customer: null } => "guest checkout",
        { Customer: { Address: null } } => "missing address",
        { Customer: { Vip: true, Address: { Country: "NL" } } } => "free same-day",
        { Customer: { Vip: true } } => "free standard",
        { Weight: > 30, Customer: { Address: { Country: not "NL" } } } => "freight abroad",
        { Weight: > 30 } => "freight",
        { Items: { Count: 0 } } => "empty order",
        { Customer: { Address: { City: "Utrecht" or "Delft" } } } => "bike courier",
        { Customer: { Address: { Country: "NL" } } } => "postnl",
        _ => "international post",
    };

    static string Label(Order o)
    {
        if (o is { Customer: { Name: { Length: > 3 } } c } && c.Address is { } addr)
            return $"#{o.Id} {c.Name.ToUpper()} ({addr.City ?? "?"})";
        if (o is { Customer: { } c2 })
            return $"#{o.Id} {c2.Name}";
        return $"#{o?.Id ?? 0} anon";
    }

    static void Main()
    {
        var nl = new Address { Country = "NL", City = "Delft" };
        var ams = new Address { Country = "NL", City = "Amsterdam" };
        var de = new Address { Country = "DE", City = "Berlin" };
        var orders = new List<Order>
        {
            new Order { Id = 1, Customer = new Customer { Name = "Anna", Vip = true, Address = nl }, Items = { "a" } },
            new Order { Id = 2, Customer = new Customer { Name = "Bas", Vip = true, Address = de }, Items = { "b" } },
            new Order { Id = 3, Customer = new Customer { Name = "Cees", Address = de }, Weight = 40 },
            new Order { Id = 4, Customer = new Customer { Name = "Dirk", Address = ams }, Weight = 31 },
            new Order { Id = 5, Customer = new Customer { Name = "Eva", Address = ams } },
            new Order { Id = 6, Customer = new Customer { Name = "Fenna", Address = nl }, Items = { "c" } },
            new Order { Id = 7, Customer = new Customer { Name = "Gijs", Address = ams }, Items = { "d", "e" } },
            new Order { Id = 8, Customer = new Customer { Name = "Hans", Address = new Address { Country = "BE" } }, Items = { "f" } },
            new Order { Id = 9, Customer = new Customer { Name = "Ivo" } },
            new Order { Id = 10 },
            null,
        };
        foreach (var o in orders)
            Console.WriteLine($"{Label(o)}: {Rule(o)}");
    }
}
// expect: #1 ANNA (Delft): free same-day
// expect: #2 Bas: free standard
// expect: #3 CEES (Berlin): freight abroad
// expect: #4 DIRK (Amsterdam): freight
// expect: #5 Eva: empty order
// expect: #6 FENNA (Delft): bike courier
// expect: #7 GIJS (Amsterdam): postnl
// expect: #8 HANS (?): international post
// expect: #9 Ivo: missing address
// expect: #10 anon: guest checkout
// expect: #0 anon: no order
