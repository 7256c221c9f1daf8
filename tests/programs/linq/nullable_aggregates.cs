// Sum/Min/Max/Average over int?, long?, double? and float? (direct and through selectors): nulls are skipped, an all-null or empty sequence gives null (Sum gives 0), while non-nullable Min on empty throws.
using System;
using System.Collections.Generic;
using System.Linq;

class Survey
{
    public string Person;
    public int? Age;
    public double? Score;
    public Survey(string person, int? age, double? score) { Person = person; Age = age; Score = score; }
}

class Program
{
    static string Show(object o) { return o == null ? "null" : o.ToString(); }

    static void Main()
    {
        var ages = new int?[] { 30, null, 20, null, 40 };
        Console.WriteLine(ages.Sum() + " " + ages.Min() + " " + ages.Max() + " " + ages.Average()); // expect: 90 20 40 30
        Console.WriteLine(ages.Count() + " " + ages.Count(a => a.HasValue)); // expect: 5 3

        var nothing = new int?[] { null, null };
        Console.WriteLine(Show(nothing.Sum()) + " " + Show(nothing.Min()) + " " + Show(nothing.Max()) + " " + Show(nothing.Average())); // expect: 0 null null null
        var emptyN = new List<long?>();
        Console.WriteLine(Show(emptyN.Sum()) + " " + Show(emptyN.Max()) + " " + Show(emptyN.Average())); // expect: 0 null null

        var longs = new long?[] { 7000000000, null, 3 };
        Console.WriteLine(longs.Sum() + " " + longs.Min() + " " + longs.Average()); // expect: 7000000003 3 3500000001.5

        var dbl = new double?[] { 2.5, null, -1.5, 6.5 };
        Console.WriteLine(dbl.Sum() + " " + dbl.Min() + " " + dbl.Max() + " " + dbl.Average()); // expect: 7.5 -1.5 6.5 2.5
        var flt = new float?[] { null, 1.5f, 2.5f };
        Console.WriteLine(flt.Sum() + " " + flt.Average() + " " + flt.Min()); // expect: 4 2 1.5

        var answers = new List<Survey> {
            new Survey("ann", 31, 7.5), new Survey("ben", null, 9.0),
            new Survey("cat", 45, null), new Survey("dan", 22, 6.0),
        };
        Console.WriteLine(answers.Average(s => s.Age).Value.ToString("F2")); // expect: 32.67
        Console.WriteLine(answers.Sum(s => s.Score) + " " + answers.Max(s => s.Score) + " " + answers.Min(s => s.Age)); // expect: 22.5 9 22
        Console.WriteLine(answers.Average(s => s.Score)); // expect: 7.5
        Console.WriteLine(Show(answers.Where(s => s.Person == "zed").Max(s => s.Age))); // expect: null

        // The result type is nullable; HasValue tells "no data" from zero.
        int? oldest = answers.Where(s => s.Score > 100).Max(s => s.Age);
        Console.WriteLine(oldest.HasValue ? "oldest " + oldest : "no high scorers"); // expect: no high scorers

        // Non-nullable Min/Average over empty throw; nullable ones return null.
        var none = new List<int>();
        try { Console.WriteLine(none.Min()); }
        catch (InvalidOperationException e) { Console.WriteLine("int Min: " + e.Message); } // expect: int Min: Sequence contains no elements
        Console.WriteLine(Show(none.Select(n => (int?)n).Min())); // expect: null
        Console.WriteLine(Show(none.Average(n => (double?)n))); // expect: null

        // Nulls-last report with the HasValue/Value pair.
        var report = answers.OrderBy(s => s.Age.HasValue ? 0 : 1).ThenBy(s => s.Age).Select(s => s.Person + "=" + Show(s.Age));
        Console.WriteLine(string.Join(" ", report)); // expect: dan=22 ann=31 cat=45 ben=null
    }
}
