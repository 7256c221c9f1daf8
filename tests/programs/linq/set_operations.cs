// Distinct, Union, Intersect and Except over tag lists: results keep first-occurrence order, drop duplicates (even from the first sequence), and accept a string comparer.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Show(IEnumerable<string> s) { return "[" + string.Join(",", s) + "]"; }

    static void Main()
    {
        var monday = new List<string> { "milk", "eggs", "bread", "milk", "jam" };
        var tuesday = new List<string> { "jam", "tea", "eggs", "tea", "rice" };

        Console.WriteLine(Show(monday.Distinct())); // expect: [milk,eggs,bread,jam]
        Console.WriteLine(Show(monday.Union(tuesday))); // expect: [milk,eggs,bread,jam,tea,rice]
        Console.WriteLine(Show(monday.Intersect(tuesday))); // expect: [eggs,jam]
        Console.WriteLine(Show(tuesday.Intersect(monday))); // expect: [jam,eggs]
        Console.WriteLine(Show(monday.Except(tuesday))); // expect: [milk,bread]
        Console.WriteLine(Show(tuesday.Except(monday))); // expect: [tea,rice]

        // Symmetric difference built from the basics.
        var either = monday.Except(tuesday).Union(tuesday.Except(monday));
        Console.WriteLine(Show(either)); // expect: [milk,bread,tea,rice]

        var shouty = new[] { "MILK", "Tea", "coffee" };
        Console.WriteLine(Show(monday.Union(shouty))); // expect: [milk,eggs,bread,jam,MILK,Tea,coffee]
        Console.WriteLine(Show(monday.Union(shouty, StringComparer.OrdinalIgnoreCase))); // expect: [milk,eggs,bread,jam,Tea,coffee]
        Console.WriteLine(Show(shouty.Intersect(tuesday, StringComparer.OrdinalIgnoreCase))); // expect: [Tea]
        Console.WriteLine(Show(shouty.Except(monday, StringComparer.OrdinalIgnoreCase))); // expect: [Tea,coffee]
        Console.WriteLine(Show(new[] { "a", "A", "b", "B", "a" }.Distinct(StringComparer.OrdinalIgnoreCase))); // expect: [a,b]

        // Numbers: Except removes every copy, and the results are distinct.
        var nums = new[] { 4, 1, 4, 2, 3, 2, 5 };
        Console.WriteLine(string.Join(" ", nums.Except(new[] { 2 }))); // expect: 4 1 3 5
        Console.WriteLine(string.Join(" ", nums.Intersect(new[] { 5, 4, 4, 9 }))); // expect: 4 5
        Console.WriteLine(string.Join(" ", nums.Union(nums))); // expect: 4 1 2 3 5
        Console.WriteLine(nums.Distinct().Count() + " " + nums.Count()); // expect: 5 7

        // Set operations are deferred: the second sequence is read when enumerating.
        var extra = new List<string> { "milk" };
        var missing = monday.Except(extra);
        extra.Add("jam");
        Console.WriteLine(Show(missing)); // expect: [eggs,bread]

        // Distinct over a projection: the set of first letters.
        var initials = monday.Concat(tuesday).Select(s => s[0]).Distinct().OrderBy(c => c);
        Console.WriteLine(new string(initials.ToArray())); // expect: bejmrt

        // Empty inputs.
        Console.WriteLine(Show(new string[0].Union(new[] { "x", "x" }))); // expect: [x]
        Console.WriteLine(Show(monday.Intersect(new string[0]))); // expect: []
    }
}
