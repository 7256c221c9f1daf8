// Query expressions with from/where/select: several where clauses, projections to strings and objects, a degenerate `select x`, queries over arrays, lists and strings, and query results feeding method calls.
using System;
using System.Collections.Generic;
using System.Linq;

class Planet
{
    public string Name;
    public double Au;
    public int Moons;
    public bool Rocky;
    public Planet(string name, double au, int moons, bool rocky) { Name = name; Au = au; Moons = moons; Rocky = rocky; }
}

class Program
{
    static void Main()
    {
        var planets = new List<Planet> {
            new Planet("Mercury", 0.4, 0, true), new Planet("Venus", 0.7, 0, true),
            new Planet("Earth", 1.0, 1, true), new Planet("Mars", 1.5, 2, true),
            new Planet("Jupiter", 5.2, 95, false), new Planet("Saturn", 9.5, 146, false),
            new Planet("Uranus", 19.2, 28, false), new Planet("Neptune", 30.1, 16, false),
        };

        var moonless = from p in planets where p.Moons == 0 select p.Name;
        Console.WriteLine(string.Join(" ", moonless)); // expect: Mercury Venus

        var outerRocky = from p in planets
                         where p.Rocky
                         where p.Au >= 1.0
                         select p.Name.ToUpper() + "(" + p.Moons + ")";
        Console.WriteLine(string.Join(" ", outerRocky)); // expect: EARTH(1) MARS(2)

        IEnumerable<Planet> all = from p in planets select p;
        Console.WriteLine(all.Count() + " " + object.ReferenceEquals(all, planets)); // expect: 8 False

        var giants = from p in planets where !p.Rocky && p.Moons > 20 select p;
        foreach (Planet g in giants) Console.WriteLine(g.Name + " " + g.Moons);
        // expect: Jupiter 95
        // expect: Saturn 146
        // expect: Uranus 28

        int[] scores = { 55, 91, 78, 62, 99, 40 };
        var passed = from s in scores where s >= 60 select s - 60;
        Console.WriteLine(string.Join(",", passed) + " total " + passed.Sum()); // expect: 31,18,2,39 total 90

        var vowels = from c in "query expression" where "aeiou".IndexOf(c) >= 0 select char.ToUpper(c);
        Console.WriteLine(new string(vowels.ToArray())); // expect: UEEEIO

        var initials = from p in planets select p.Name[0];
        Console.WriteLine(string.Concat(initials)); // expect: MVEMJSUN

        // A query inside a method call, and a method call inside a query.
        Console.WriteLine((from p in planets where p.Au > 5 select p.Moons).Max()); // expect: 146
        var lengths = from n in planets.Select(p => p.Name) where n.Length > 6 select n.Length;
        Console.WriteLine(string.Join(" ", lengths)); // expect: 7 7 7

        // Projections that build new objects.
        var far = from p in planets where p.Au > 10 select new Planet(p.Name + "*", p.Au * 2, 0, p.Rocky);
        foreach (var f in far) Console.WriteLine(f.Name + " " + f.Au);
        // expect: Uranus* 38.4
        // expect: Neptune* 60.2

        // The range variable can be used in several places of the same clause.
        var balanced = from n in Enumerable.Range(1, 30) where n % 3 == 0 && n % 5 == 0 select n * n;
        Console.WriteLine(string.Join(" ", balanced)); // expect: 225 900
    }
}
