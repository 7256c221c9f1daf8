// A Dictionary used through IDictionary<K,V>, IReadOnlyDictionary<K,V>, ICollection<KeyValuePair<K,V>> and IEnumerable<KeyValuePair<K,V>>.
using System;
using System.Collections.Generic;

class Program
{
    static int Total(IReadOnlyDictionary<string, int> prices, IEnumerable<string> basket)
    {
        int t = 0;
        foreach (string item in basket)
        {
            int p;
            if (prices.TryGetValue(item, out p))
                t += p;
        }
        return t;
    }

    static void Fill(IDictionary<string, int> d)
    {
        d.Add("tea", 3);
        d["cake"] = 5;
        d.Add(new KeyValuePair<string, int>("jam", 4));
    }

    static void Main()
    {
        var prices = new Dictionary<string, int>();
        Fill(prices);
        IDictionary<string, int> id = prices;
        Console.WriteLine(id.Count + " " + id["jam"] + " " + id.ContainsKey("tea") + " " + id.IsReadOnly); // expect: 3 4 True False
        ICollection<string> keys = id.Keys;
        ICollection<int> values = id.Values;
        Console.WriteLine(string.Join(",", keys) + " " + string.Join(",", values)); // expect: tea,cake,jam 3,5,4
        Console.WriteLine(keys.Contains("cake") + " " + values.Contains(5)); // expect: True True
        Console.WriteLine(Total(prices, new List<string> { "tea", "tea", "scone", "jam" })); // expect: 10
        IReadOnlyDictionary<string, int> ro = prices;
        Console.WriteLine(ro.Count + " " + ro["cake"] + " " + ro.ContainsKey("scone")); // expect: 3 5 False
        foreach (string k in ro.Keys)
            Console.Write(k[0]);
        Console.WriteLine(); // expect: tcj
        int vs = 0;
        foreach (int v in ro.Values)
            vs += v;
        Console.WriteLine(vs); // expect: 12
        ICollection<KeyValuePair<string, int>> pairs = prices;
        var arr = new KeyValuePair<string, int>[4];
        pairs.CopyTo(arr, 1);
        Console.WriteLine(arr[0].Key == null); // expect: True
        Console.WriteLine(arr[1] + " " + arr[3]); // expect: [tea, 3] [jam, 4]
        Console.WriteLine(pairs.Remove(new KeyValuePair<string, int>("tea", 99))); // expect: False
        Console.WriteLine(pairs.Remove(new KeyValuePair<string, int>("tea", 3))); // expect: True
        IEnumerable<KeyValuePair<string, int>> seq = prices;
        foreach (var kv in seq)
            Console.WriteLine(kv.Key + ":" + kv.Value); // expect: cake:5
        // expect: jam:4
        Console.WriteLine(id.Remove("cake") + " " + id.Count); // expect: True 1
        try
        {
            Console.WriteLine(ro["cake"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message); // expect: The given key 'cake' was not present in the dictionary.
        }
    }
}
