// Materializing queries: ToList and ToArray take a snapshot, ToDictionary (key, key + element, comparer, duplicate key error), ToHashSet (with comparer), and ToLookup (missing keys give an empty group).
using System;
using System.Collections.Generic;
using System.Linq;

class Country
{
    public string Code;
    public string Name;
    public string Continent;
    public int Millions;
    public Country(string code, string name, string continent, int millions) { Code = code; Name = name; Continent = continent; Millions = millions; }
}

class Program
{
    static void Main()
    {
        var countries = new List<Country> {
            new Country("NO", "Norway", "Europe", 5), new Country("JP", "Japan", "Asia", 125),
            new Country("PE", "Peru", "America", 33), new Country("IT", "Italy", "Europe", 59),
            new Country("VN", "Vietnam", "Asia", 98),
        };

        var query = countries.Where(c => c.Millions > 50).Select(c => c.Code);
        List<string> list = query.ToList();
        string[] array = query.ToArray();
        countries.Add(new Country("BR", "Brazil", "America", 214));
        Console.WriteLine(string.Join(",", list) + " | " + string.Join(",", array) + " | " + string.Join(",", query)); // expect: JP,IT,VN | JP,IT,VN | JP,IT,VN,BR
        list.Add("XX");
        Console.WriteLine(list.Count + " " + array.Length); // expect: 4 3

        Dictionary<string, Country> byCode = countries.ToDictionary(c => c.Code);
        Console.WriteLine(byCode["PE"].Name + " " + byCode.Count); // expect: Peru 6
        Dictionary<string, int> pop = countries.ToDictionary(c => c.Name, c => c.Millions);
        Console.WriteLine(pop["Japan"] + pop["Norway"]); // expect: 130
        Console.WriteLine(string.Join(" ", pop.Keys.Take(3))); // expect: Norway Japan Peru

        var ci = countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(ci["vn"] + " " + ci.ContainsKey("it")); // expect: Vietnam True

        try
        {
            countries.ToDictionary(c => c.Continent);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("duplicate: " + e.GetType().Name); // expect: duplicate: ArgumentException
        }

        HashSet<string> continents = countries.Select(c => c.Continent).ToHashSet();
        Console.WriteLine(continents.Count + " " + string.Join(",", continents)); // expect: 3 Europe,Asia,America
        Console.WriteLine(continents.Add("Asia") + " " + continents.Contains("Europe")); // expect: False True
        var letters = new[] { "a", "B", "A", "b", "c" }.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join("", letters)); // expect: aBc

        ILookup<string, string> byContinent = countries.ToLookup(c => c.Continent, c => c.Name);
        Console.WriteLine(byContinent.Count + " " + byContinent["Europe"].Count()); // expect: 3 2
        Console.WriteLine(string.Join(",", byContinent["America"])); // expect: Peru,Brazil
        Console.WriteLine(byContinent["Antarctica"].Any() + " " + byContinent.Contains("Antarctica")); // expect: False False
        foreach (var g in byContinent)
            Console.WriteLine(g.Key + ": " + string.Join(" ", g.OrderBy(n => n)));
        // expect: Europe: Italy Norway
        // expect: Asia: Japan Vietnam
        // expect: America: Brazil Peru

        // A lookup is a snapshot, unlike GroupBy.
        var lookup = countries.ToLookup(c => c.Millions > 100);
        var grouped = countries.GroupBy(c => c.Millions > 100);
        countries.Add(new Country("IN", "India", "Asia", 1400));
        Console.WriteLine(lookup[true].Count() + " " + grouped.First(g => g.Key).Count()); // expect: 2 3

        // Lookup with a comparer.
        var tags = new[] { "Red", "red", "BLUE", "Blue", "green" }.ToLookup(t => t, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(tags["RED"].Count() + " " + tags["blue"].First() + " " + tags.Count); // expect: 2 BLUE 3
    }
}
