// Query expressions with group … by … into g: filtering groups (where g.Count()), ordering groups by aggregates, projecting summaries, and a second continuation after the group select.
using System;
using System.Collections.Generic;
using System.Linq;

class Sale
{
    public string Rep;
    public string Region;
    public int Units;
    public Sale(string rep, string region, int units) { Rep = rep; Region = region; Units = units; }
}

class Program
{
    static void Main()
    {
        var sales = new List<Sale> {
            new Sale("ana", "west", 12), new Sale("raj", "east", 30), new Sale("ana", "west", 8),
            new Sale("tom", "east", 5), new Sale("raj", "east", 9), new Sale("liv", "north", 40),
            new Sale("tom", "west", 22), new Sale("ana", "north", 3),
        };

        var perRep = from s in sales
                     group s by s.Rep into g
                     orderby g.Sum(s => s.Units) descending
                     select g.Key + " " + g.Sum(s => s.Units);
        Console.WriteLine(string.Join(", ", perRep)); // expect: liv 40, raj 39, tom 27, ana 23

        var busyRegions = from s in sales
                          group s by s.Region into g
                          where g.Count() >= 3
                          select g.Key + ":" + g.Count();
        Console.WriteLine(string.Join(" ", busyRegions)); // expect: west:3 east:3

        var repsPerRegion = from s in sales
                            group s.Rep by s.Region into g
                            orderby g.Key
                            select g.Key + " -> " + string.Join(",", g.Distinct().OrderBy(r => r));
        foreach (var line in repsPerRegion) Console.WriteLine(line);
        // expect: east -> raj,tom
        // expect: north -> ana,liv
        // expect: west -> ana,tom

        // let inside the continuation, then orderby on it.
        var averages = from s in sales
                       group s by s.Region into g
                       let avg = g.Average(s => s.Units)
                       orderby avg descending
                       select g.Key + " avg " + avg.ToString("F1");
        Console.WriteLine(string.Join("; ", averages)); // expect: north avg 21.5; east avg 14.7; west avg 14.0

        // Group, then continue again with select … into.
        var tiers = from s in sales
                    group s.Units by s.Rep into g
                    select new KeyValuePair<string, int>(g.Key, g.Sum()) into total
                    group total.Key by total.Value >= 30 ? "gold" : "silver" into tier
                    select tier.Key + ": " + string.Join(" ", tier);
        Console.WriteLine(string.Join(" | ", tiers)); // expect: silver: ana tom | gold: raj liv

        // Group into, then from over the group (flatten the best sale per region).
        var best = from s in sales
                   group s by s.Region into g
                   from top in g.Where(x => x.Units == g.Max(y => y.Units))
                   select g.Key + "=" + top.Rep + "(" + top.Units + ")";
        Console.WriteLine(string.Join(" ", best)); // expect: west=tom(22) east=raj(30) north=liv(40)
    }
}
