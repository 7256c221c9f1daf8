// Dictionary.TryAdd and Remove(key, out value), and a counting loop built on TryAdd.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, string>();
        Console.WriteLine(d.TryAdd("k", "first")); // expect: True
        Console.WriteLine(d.TryAdd("k", "second")); // expect: False
        Console.WriteLine(d["k"]); // expect: first
        string removed;
        Console.WriteLine(d.Remove("k", out removed) + " " + removed); // expect: True first
        Console.WriteLine(d.Remove("k", out removed) + " " + (removed == null)); // expect: False True
        Console.WriteLine(d.Count); // expect: 0
        var counts = new Dictionary<int, int>();
        int[] data = { 3, 1, 3, 3, 2, 1 };
        foreach (int x in data)
        {
            if (!counts.TryAdd(x, 1))
                counts[x]++;
        }
        foreach (var kv in counts)
            Console.WriteLine(kv.Key + " x" + kv.Value); // expect: 3 x3
        // expect: 1 x2
        // expect: 2 x1
        int old;
        counts.Remove(3, out old);
        counts.TryAdd(9, old);
        Console.WriteLine(string.Join(" ", counts)); // expect: [9, 3] [1, 2] [2, 1]
    }
}
