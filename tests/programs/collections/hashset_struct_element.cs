// HashSet<T> of a struct implementing IEquatable<T>, and of a class that only overrides Equals/GetHashCode.
using System;
using System.Collections.Generic;

struct Money : IEquatable<Money>
{
    public readonly string Currency;
    public readonly long Cents;

    public Money(string currency, long cents)
    {
        Currency = currency;
        Cents = cents;
    }

    public bool Equals(Money other)
    {
        return Currency == other.Currency && Cents == other.Cents;
    }

    public override bool Equals(object obj)
    {
        return obj is Money && Equals((Money)obj);
    }

    public override int GetHashCode()
    {
        return (int)Cents ^ (Currency == null ? 0 : Currency.Length);
    }

    public override string ToString()
    {
        long c = Cents % 100;
        return Cents / 100 + "." + (c < 10 ? "0" : "") + c + " " + Currency;
    }
}

class Tag
{
    public string Name;

    public Tag(string name)
    {
        Name = name;
    }

    public override bool Equals(object obj)
    {
        Tag t = obj as Tag;
        return t != null && t.Name == Name;
    }

    public override int GetHashCode()
    {
        return Name.Length;
    }
}

class Program
{
    static void Main()
    {
        var prices = new HashSet<Money>();
        Console.WriteLine(prices.Add(new Money("EUR", 150))); // expect: True
        Console.WriteLine(prices.Add(new Money("USD", 150))); // expect: True
        Console.WriteLine(prices.Add(new Money("EUR", 150))); // expect: False
        Console.WriteLine(prices.Add(new Money("EUR", 1999))); // expect: True
        Console.WriteLine(prices.Count); // expect: 3
        foreach (Money m in prices)
            Console.WriteLine(m); // expect: 1.50 EUR
        // expect: 1.50 USD
        // expect: 19.99 EUR
        Console.WriteLine(prices.Contains(new Money("USD", 150)) + " " + prices.Contains(new Money("USD", 151))); // expect: True False
        prices.Remove(new Money("EUR", 150));
        Console.WriteLine(prices.Count); // expect: 2
        Console.WriteLine(prices.Contains(default(Money))); // expect: False
        var tags = new HashSet<Tag> { new Tag("red"), new Tag("blue"), new Tag("red"), new Tag("tan") };
        Console.WriteLine(tags.Count); // expect: 3
        Console.WriteLine(tags.Contains(new Tag("tan")) + " " + tags.Contains(new Tag("sky"))); // expect: True False
        var seen = new HashSet<Money>(new Money[] { new Money("GBP", 5), new Money("GBP", 5), new Money("GBP", 6) });
        Console.WriteLine(seen.Count); // expect: 2
    }
}
