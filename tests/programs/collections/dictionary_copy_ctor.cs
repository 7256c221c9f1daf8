// new Dictionary<K,V>(other) copies the entries in enumeration order (closing removal holes); the copies are independent.
using System;
using System.Collections.Generic;

class Program
{
    static string Show(Dictionary<string, int> d)
    {
        var parts = new List<string>();
        foreach (var kv in d)
            parts.Add(kv.Key + "=" + kv.Value);
        return d.Count + " {" + string.Join(", ", parts) + "}";
    }

    static void Main()
    {
        var src = new Dictionary<string, int> { { "a", 1 }, { "b", 2 }, { "c", 3 }, { "d", 4 } };
        var copy = new Dictionary<string, int>(src);
        copy["a"] = 100;
        copy.Remove("b");
        src["e"] = 5;
        Console.WriteLine(Show(src)); // expect: 5 {a=1, b=2, c=3, d=4, e=5}
        Console.WriteLine(Show(copy)); // expect: 3 {a=100, c=3, d=4}
        // The original reuses its hole; a copy made from a dictionary with a hole has none.
        src.Remove("b");
        var compact = new Dictionary<string, int>(src);
        src["x"] = 9;
        compact["x"] = 9;
        Console.WriteLine(Show(src)); // expect: 5 {a=1, x=9, c=3, d=4, e=5}
        Console.WriteLine(Show(compact)); // expect: 5 {a=1, c=3, d=4, e=5, x=9}
        IDictionary<string, int> asInterface = src;
        var viaInterface = new Dictionary<string, int>(asInterface);
        Console.WriteLine(Show(viaInterface)); // expect: 5 {a=1, x=9, c=3, d=4, e=5}
        var sorted = new SortedDictionary<string, int> { { "q", 1 }, { "b", 2 }, { "k", 3 } };
        var fromSorted = new Dictionary<string, int>(sorted);
        fromSorted["a"] = 0;
        Console.WriteLine(Show(fromSorted)); // expect: 4 {b=2, k=3, q=1, a=0}
        var lists = new Dictionary<int, List<int>> { { 1, new List<int> { 1 } } };
        var shallow = new Dictionary<int, List<int>>(lists);
        shallow[1].Add(2);
        Console.WriteLine(lists[1].Count); // expect: 2
        src.Clear();
        Console.WriteLine(Show(src)); // expect: 0 {}
    }
}
