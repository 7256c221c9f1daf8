// Word count with Dictionary<string, int>: hashing and comparing strings,
// the dictionary's buckets and entries, List<string> and its Sort. The
// text is n words drawn from a fixed 2,000-word vocabulary by a linear
// congruential generator, so every runtime counts the same words. Prints
// the number of distinct words and the five most frequent.
using System;
using System.Collections.Generic;

static class WordCount
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 5000000;
        string[] vocabulary = new string[2000];
        for (int i = 0; i < vocabulary.Length; i++)
        {
            vocabulary[i] = "w" + (i * 7919 % 10007).ToString() + "x" + (i % 13).ToString();
        }
        uint seed = 12345;
        var counts = new Dictionary<string, int>();
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1103515245 + 12345;
            // A skewed choice: small indexes are far more frequent.
            uint r = (seed >> 8) % 2000;
            uint s = (seed >> 20) % (r + 1);
            string w = vocabulary[s];
            int c;
            if (counts.TryGetValue(w, out c))
                counts[w] = c + 1;
            else
                counts.Add(w, 1);
        }
        var words = new List<string>(counts.Keys);
        words.Sort(new ByCount(counts));
        Console.WriteLine(counts.Count);
        for (int i = 0; i < 5; i++)
            Console.WriteLine(words[i] + " " + counts[words[i]]);
        return 0;
    }

    /// Most frequent first, then by ordinal text.
    sealed class ByCount : IComparer<string>
    {
        readonly Dictionary<string, int> counts;

        public ByCount(Dictionary<string, int> counts) { this.counts = counts; }

        public int Compare(string a, string b)
        {
            int d = counts[b] - counts[a];
            return d != 0 ? d : string.CompareOrdinal(a, b);
        }
    }
}
