// Word count: split a fixed text, count words in a Dictionary<string,int>, print in first-seen order, then sorted by key, then by count.
using System;
using System.Collections.Generic;

class ByCountThenWord : IComparer<KeyValuePair<string, int>>
{
    public int Compare(KeyValuePair<string, int> a, KeyValuePair<string, int> b)
    {
        if (a.Value != b.Value)
            return b.Value.CompareTo(a.Value);
        return string.CompareOrdinal(a.Key, b.Key);
    }
}

class Program
{
    static void Main()
    {
        string text = "The cat sat on the mat. The dog sat on the log;\nthe cat saw the dog, and the dog saw the cat.";
        string[] words = text.Split(new char[] { ' ', '.', ',', ';', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(words.Length); // expect: 23
        var counts = new Dictionary<string, int>();
        foreach (string raw in words)
        {
            string w = raw.ToLowerInvariant();
            int n;
            if (counts.TryGetValue(w, out n))
                counts[w] = n + 1;
            else
                counts.Add(w, 1);
        }
        Console.WriteLine(counts.Count); // expect: 9
        foreach (var kv in counts)
            Console.WriteLine(kv.Key + ": " + kv.Value); // expect: the: 8
        // expect: cat: 3
        // expect: sat: 2
        // expect: on: 2
        // expect: mat: 1
        // expect: dog: 3
        // expect: log: 1
        // expect: saw: 2
        // expect: and: 1
        Console.WriteLine("--"); // expect: --
        var keys = new List<string>(counts.Keys);
        keys.Sort();
        foreach (string k in keys)
            Console.WriteLine(k + " " + counts[k]); // expect: and 1
        // expect: cat 3
        // expect: dog 3
        // expect: log 1
        // expect: mat 1
        // expect: on 2
        // expect: sat 2
        // expect: saw 2
        // expect: the 8
        Console.WriteLine("--"); // expect: --
        var pairs = new List<KeyValuePair<string, int>>(counts);
        pairs.Sort(new ByCountThenWord());
        for (int i = 0; i < 4; i++)
            Console.WriteLine(pairs[i]); // expect: [the, 8]
        // expect: [cat, 3]
        // expect: [dog, 3]
        // expect: [on, 2]
        var lengths = new SortedDictionary<int, List<string>>();
        foreach (string k in keys)
        {
            List<string> bucket;
            if (!lengths.TryGetValue(k.Length, out bucket))
            {
                bucket = new List<string>();
                lengths[k.Length] = bucket;
            }
            bucket.Add(k);
        }
        foreach (var kv in lengths)
            Console.WriteLine(kv.Key + " letters: " + string.Join(" ", kv.Value)); // expect: 2 letters: on
        // expect: 3 letters: and cat dog log mat sat saw the
    }
}
