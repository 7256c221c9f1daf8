// Query expressions ending in group … by: grouping range variables, grouping a projection (group x.Name by x.Key), grouping by a computed or bool key, and iterating IGrouping keys and members.
using System;
using System.Collections.Generic;
using System.Linq;

class Animal
{
    public string Name;
    public string Class;
    public int Legs;
    public Animal(string name, string cls, int legs) { Name = name; Class = cls; Legs = legs; }
}

class Program
{
    static void Main()
    {
        var zoo = new List<Animal> {
            new Animal("eagle", "bird", 2), new Animal("cobra", "reptile", 0), new Animal("lion", "mammal", 4),
            new Animal("owl", "bird", 2), new Animal("gecko", "reptile", 4), new Animal("whale", "mammal", 0),
            new Animal("bat", "mammal", 2),
        };

        IEnumerable<IGrouping<string, Animal>> byClass = from a in zoo group a by a.Class;
        foreach (var g in byClass)
            Console.WriteLine(g.Key + ": " + string.Join(", ", g.Select(a => a.Name)));
        // expect: bird: eagle, owl
        // expect: reptile: cobra, gecko
        // expect: mammal: lion, whale, bat

        var namesByLegs = from a in zoo group a.Name by a.Legs;
        foreach (IGrouping<int, string> g in namesByLegs)
            Console.WriteLine(g.Key + " legs: " + string.Join(" ", g));
        // expect: 2 legs: eagle owl bat
        // expect: 0 legs: cobra whale
        // expect: 4 legs: lion gecko

        var byInitial = from a in zoo where a.Name.Length <= 5 group a.Name.ToUpper() by a.Name[0];
        Console.WriteLine(string.Join(" | ", byInitial.Select(g => g.Key + "=" + string.Join("+", g)))); // expect: e=EAGLE | c=COBRA | l=LION | o=OWL | g=GECKO | w=WHALE | b=BAT

        var walkers = from a in zoo group a by a.Legs > 0;
        foreach (var g in walkers)
            Console.WriteLine((g.Key ? "walks" : "no legs") + " " + g.Count());
        // expect: walks 5
        // expect: no legs 2

        // Grouping by the name's length, with the group inspected by LINQ methods.
        var byLength = from a in zoo group a by a.Name.Length;
        var longest = byLength.OrderByDescending(g => g.Key).First();
        Console.WriteLine(longest.Key + ": " + string.Join(",", longest.Select(a => a.Name))); // expect: 5: eagle,cobra,gecko,whale

        // group by after orderby: groups in first-seen order of the sorted input.
        var sortedGroups = from a in zoo orderby a.Name group a.Name by a.Class;
        foreach (var g in sortedGroups) Console.WriteLine(g.Key + " " + string.Join(" ", g));
        // expect: mammal bat lion whale
        // expect: reptile cobra gecko
        // expect: bird eagle owl

        // Total legs per class through the groups.
        var legs = (from a in zoo group a.Legs by a.Class).Select(g => g.Key + ":" + g.Sum());
        Console.WriteLine(string.Join(" ", legs)); // expect: bird:4 reptile:4 mammal:6

        // Grouping numbers by remainder, a classic.
        var mod = from n in Enumerable.Range(1, 12) group n by n % 4;
        Console.WriteLine(string.Join(" ", mod.Select(g => g.Key + "[" + string.Join(",", g) + "]"))); // expect: 1[1,5,9] 2[2,6,10] 3[3,7,11] 0[4,8,12]
    }
}
