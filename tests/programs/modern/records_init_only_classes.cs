// Init-only setters on ordinary classes and structs: set from object initializers (including nested ones), from the declaring and a derived constructor, and from another init accessor; an init accessor with a body that validates, writes a backing field and sets another init property; defaults kept when not initialized.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

class Address
{
    public string City { get; init; }
    public string Zip { get; init; } = "00000";
    public override string ToString() => $"{City} ({Zip})";
}

class Customer
{
    private string email;

    public Customer() { Id = ++nextId; }
    public Customer(string name) : this() { Name = name; }

    static int nextId;
    public int Id { get; init; }
    public string Name { get; init; } = "anonymous";
    public Address Home { get; init; } = new Address();
    public List<string> Tags { get; init; } = new List<string>();

    public string Email
    {
        get => email ?? "(none)";
        init
        {
            if (!value.Contains("@")) throw new ArgumentException("bad email: " + value);
            email = value.ToLowerInvariant();
            Domain = value.Substring(value.IndexOf('@') + 1);
        }
    }
    public string Domain { get; init; }
}

class VipCustomer : Customer
{
    public VipCustomer(string name, int level) : base(name)
    {
        Level = level;
        Name = name.ToUpperInvariant();
        base.Email = name + "@vip.example";
    }
    public int Level { get; init; }
}

struct Dimensions
{
    public double Width { get; init; }
    public double Height { get; init; }
    public double Area => Width * Height;
}

class Program
{
    static void Main()
    {
        var plain = new Customer();
        Console.WriteLine($"{plain.Id} {plain.Name} {plain.Email} [{plain.Home}] {plain.Domain == null}");

        var ann = new Customer("Ann")
        {
            Email = "Ann@Example.COM",
            Home = new Address { City = "Oslo", Zip = "0150" },
            Tags = { "early", "beta" },
        };
        Console.WriteLine($"{ann.Id} {ann.Name} {ann.Email} {ann.Domain} [{ann.Home}] {string.Join("+", ann.Tags)}");

        var renamed = new Customer { Name = "Bo", Id = 100 };
        Console.WriteLine($"{renamed.Id} {renamed.Name}");

        ann.Tags.Add("mutable list, immutable reference");
        Console.WriteLine(ann.Tags.Count);

        try
        {
            var bad = new Customer { Email = "nobody" };
            Console.WriteLine("not reached " + bad.Id);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }

        var vip = new VipCustomer("Cy", 3);
        Console.WriteLine($"{vip.Id} {vip.Name} {vip.Level} {vip.Email} {vip.Domain}");
        var vip2 = new VipCustomer("Di", 1) { Level = 5, Home = new Address { City = "Rome" } };
        Console.WriteLine($"{vip2.Id} {vip2.Name} {vip2.Level} [{vip2.Home}]");

        var d = new Dimensions { Width = 2.5, Height = 4 };
        Console.WriteLine($"{d.Width} x {d.Height} = {d.Area}");
        var empty = new Dimensions();
        Console.WriteLine(empty.Area);
        var boxes = new[] { new Dimensions { Width = 0.1, Height = 3 }, new Dimensions { Height = 1 } };
        foreach (var b in boxes) Console.WriteLine(b.Width + b.Height);
    }
}
// expect: 1 anonymous (none) [ (00000)] True
// expect: 2 Ann ann@example.com Example.COM [Oslo (0150)] early+beta
// expect: 100 Bo
// expect: 3
// expect: bad email: nobody
// expect: 5 CY 3 cy@vip.example vip.example
// expect: 6 DI 5 [Rome (00000)]
// expect: 2.5 x 4 = 10
// expect: 0
// expect: 3.1
// expect: 1
