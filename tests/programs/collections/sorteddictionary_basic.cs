// SortedDictionary<TKey,TValue>: enumeration in key order whatever the insertion order, Keys/Values, Remove, TryGetValue, a reversing comparer, errors.
// mono-differs: Mono 6.8 says "Collection was modified; enumeration operation may not execute." when it is changed during foreach
using System;
using System.Collections.Generic;

class Reverse : IComparer<int>
{
    public int Compare(int a, int b)
    {
        return b.CompareTo(a);
    }
}

class Program
{
    static void Main()
    {
        var d = new SortedDictionary<int, string>();
        d[30] = "thirty";
        d[10] = "ten";
        d.Add(20, "twenty");
        d[-5] = "minus five";
        foreach (var kv in d)
            Console.WriteLine(kv); // expect: [-5, minus five]
        // expect: [10, ten]
        // expect: [20, twenty]
        // expect: [30, thirty]
        Console.WriteLine(d.Count + " " + d[20] + " " + d.ContainsKey(15) + " " + d.ContainsValue("ten")); // expect: 4 twenty False True
        Console.WriteLine(string.Join(",", d.Keys)); // expect: -5,10,20,30
        Console.WriteLine(string.Join(",", d.Values)); // expect: minus five,ten,twenty,thirty
        Console.WriteLine(d.Remove(10) + " " + d.Remove(10)); // expect: True False
        d[15] = "fifteen";
        d[30] = "THIRTY";
        Console.WriteLine(string.Join(" ", d)); // expect: [-5, minus five] [15, fifteen] [20, twenty] [30, THIRTY]
        string s;
        Console.WriteLine(d.TryGetValue(15, out s) + " " + s); // expect: True fifteen
        Console.WriteLine(d.TryGetValue(16, out s) + " " + (s == null)); // expect: False True
        var rev = new SortedDictionary<int, int>(new Reverse());
        for (int i = 1; i <= 5; i++)
            rev[i * 3 % 7] = i;
        Console.WriteLine(string.Join(" ", rev.Keys)); // expect: 6 5 3 2 1
        var words = new SortedDictionary<string, int> { { "pear", 3 }, { "apple", 5 }, { "fig", 1 } };
        foreach (string w in words.Keys)
            Console.WriteLine(w + " " + words[w]); // expect: apple 5
        // expect: fig 1
        // expect: pear 3
        try
        {
            words.Add("fig", 2);
        }
        catch (ArgumentException e)
        {
            // The message shows the whole pair: SortedDictionary is a sorted set of KeyValuePairs inside.
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: An item with the same key has already been added. Key: [fig, 2]
        }
        try
        {
            Console.WriteLine(words["kiwi"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: KeyNotFoundException: The given key 'kiwi' was not present in the dictionary.
        }
        try
        {
            foreach (var kv in words)
                words.Remove(kv.Key);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Collection was modified after the enumerator was instantiated.
        }
        Console.WriteLine(words.Count); // expect: 2
        words.Clear();
        Console.WriteLine(words.Count + " " + words.Keys.Count); // expect: 0 0
        var big = new SortedDictionary<int, int>();
        for (int i = 0; i < 100; i++)
            big[(i * 37) % 101] = i;
        int prev = -1;
        bool ordered = true;
        foreach (int k in big.Keys)
        {
            if (k <= prev)
                ordered = false;
            prev = k;
        }
        Console.WriteLine(ordered + " " + big.Count + " " + prev); // expect: True 100 100
    }
}
