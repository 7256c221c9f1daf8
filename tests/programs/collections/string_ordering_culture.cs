// Default string ordering in sorted collections is culture-aware (lowercase before uppercase, case a tie-breaker), unlike ordinal.
using System;
using System.Collections.Generic;

class Ordinal : IComparer<string>
{
    public int Compare(string a, string b)
    {
        return string.CompareOrdinal(a, b);
    }
}

class Program
{
    static void Main()
    {
        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "b" };
        words.Sort();
        Console.WriteLine(string.Join(" ", words)); // expect: apple Apple b banana Banana cherry
        words.Sort(new Ordinal());
        Console.WriteLine(string.Join(" ", words)); // expect: Apple Banana apple b banana cherry
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words)); // expect: Apple Banana apple b banana cherry
        var set = new SortedSet<string> { "b", "B", "a", "A" };
        Console.WriteLine(string.Join(" ", set)); // expect: a A b B
        var dict = new SortedDictionary<string, int> { { "Zed", 1 }, { "alpha", 2 }, { "Beta", 3 } };
        Console.WriteLine(string.Join(" ", dict.Keys)); // expect: alpha Beta Zed
        string[] arr = { "x", "X", "y", "W" };
        Array.Sort(arr);
        Console.WriteLine(string.Join(" ", arr)); // expect: W x X y
        Console.WriteLine(Comparer<string>.Default.Compare("a", "B") < 0); // expect: True
        Console.WriteLine(string.CompareOrdinal("a", "B") < 0); // expect: False
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { { "Key", 1 } };
        Console.WriteLine(ci.ContainsKey("KEY") + " " + ci["key"]); // expect: True 1
    }
}
