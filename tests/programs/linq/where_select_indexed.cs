// Where and Select in both forms (element, and element with index): filtering by position, numbering lines, chaining index-based overloads.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var temps = new List<int> { 12, 15, 9, 21, 18, 7, 25, 14 };

        var warm = temps.Where(t => t >= 15);
        Console.WriteLine(string.Join(" ", warm)); // expect: 15 21 18 25

        // Index overload: keep every other reading.
        var evenSlots = temps.Where((t, i) => i % 2 == 0);
        Console.WriteLine(string.Join(" ", evenSlots)); // expect: 12 9 18 25

        // Readings warmer than the one before them.
        var rising = temps.Where((t, i) => i > 0 && t > temps[i - 1]);
        Console.WriteLine(string.Join(" ", rising)); // expect: 15 21 25

        var lines = new[] { "alpha", "beta", "gamma" };
        var numbered = lines.Select((s, i) => (i + 1) + ". " + s);
        foreach (var l in numbered) Console.WriteLine(l);
        // expect: 1. alpha
        // expect: 2. beta
        // expect: 3. gamma

        // The index counts the elements reaching Select, not the source positions.
        var afterFilter = temps.Where(t => t < 15).Select((t, i) => i + ":" + t);
        Console.WriteLine(string.Join(", ", afterFilter)); // expect: 0:12, 1:9, 2:7, 3:14

        // Select with index before Where: the index is the source position.
        var positions = temps.Select((t, i) => new Reading(i, t)).Where(r => r.Value > 20);
        foreach (var r in positions) Console.WriteLine("day " + r.Day + " was " + r.Value);
        // expect: day 3 was 21
        // expect: day 6 was 25

        var lengths = lines.Select(s => s.Length).Select((n, i) => n * i);
        Console.WriteLine(string.Join(",", lengths)); // expect: 0,4,10

        string csv = string.Join(";", "x,y,,z,".Split(',').Where(p => p.Length > 0).Select(p => p.ToUpper()));
        Console.WriteLine(csv); // expect: X;Y;Z

        var empty = new int[0].Where((x, i) => true).Select((x, i) => x + i);
        Console.WriteLine(empty.Count()); // expect: 0
    }
}

class Reading
{
    public int Day;
    public int Value;
    public Reading(int day, int value) { Day = day; Value = value; }
}
