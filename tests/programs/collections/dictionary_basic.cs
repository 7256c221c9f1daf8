// Dictionary<TKey,TValue> basics: Add, indexer set/get, TryGetValue, ContainsKey, ContainsValue, Remove, Count, Clear.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int>();
        Console.WriteLine(d.Count); // expect: 0
        d.Add("one", 1);
        d.Add("two", 2);
        d["three"] = 3;
        Console.WriteLine(d.Count); // expect: 3
        Console.WriteLine(d["two"]); // expect: 2
        d["two"] = 22;
        Console.WriteLine(d["two"] + " " + d.Count); // expect: 22 3
        int v;
        Console.WriteLine(d.TryGetValue("three", out v) + " " + v); // expect: True 3
        Console.WriteLine(d.TryGetValue("four", out v) + " " + v); // expect: False 0
        Console.WriteLine(d.ContainsKey("one")); // expect: True
        Console.WriteLine(d.ContainsKey("One")); // expect: False
        Console.WriteLine(d.ContainsValue(22)); // expect: True
        Console.WriteLine(d.ContainsValue(2)); // expect: False
        Console.WriteLine(d.Remove("one")); // expect: True
        Console.WriteLine(d.Remove("one")); // expect: False
        Console.WriteLine(d.Count + " " + d.ContainsKey("one")); // expect: 2 False
        d.Clear();
        Console.WriteLine(d.Count + " " + d.ContainsKey("two")); // expect: 0 False
        d["again"] = 5;
        Console.WriteLine(d["again"]); // expect: 5
        var refs = new Dictionary<int, string>();
        refs[1] = null;
        Console.WriteLine(refs.ContainsValue(null) + " " + (refs[1] == null)); // expect: True True
        string s;
        Console.WriteLine(refs.TryGetValue(2, out s) + " " + (s == null)); // expect: False True
        var counts = new Dictionary<char, int>();
        foreach (char c in "mississippi")
        {
            int n;
            counts.TryGetValue(c, out n);
            counts[c] = n + 1;
        }
        Console.WriteLine(counts['s'] + " " + counts['i'] + " " + counts['p'] + " " + counts['m']); // expect: 4 4 2 1
        Console.WriteLine(counts.Count); // expect: 4
    }
}
