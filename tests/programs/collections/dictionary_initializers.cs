// Dictionary initializers: { {k, v} } calls Add (duplicates throw), { [k] = v } uses the indexer (duplicates overwrite).
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var viaAdd = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } };
        Console.WriteLine(viaAdd.Count + " " + viaAdd["two"]); // expect: 2 2
        var viaIndex = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2, ["one"] = 11 };
        Console.WriteLine(viaIndex.Count + " " + viaIndex["one"]); // expect: 2 11
        foreach (var kv in viaIndex)
            Console.WriteLine(kv); // expect: [one, 11]
        // expect: [two, 2]
        try
        {
            var bad = new Dictionary<string, int> { { "k", 1 }, { "k", 2 } };
            Console.WriteLine(bad.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message); // expect: An item with the same key has already been added. Key: k
        }
        var nested = new Dictionary<string, List<int>>
        {
            ["odd"] = new List<int> { 1, 3, 5 },
            ["even"] = new List<int> { 2, 4 },
        };
        Console.WriteLine(nested["odd"].Count + nested["even"].Count); // expect: 5
        var withCapacity = new Dictionary<int, string>(100) { [1] = "x" };
        Console.WriteLine(withCapacity[1]); // expect: x
        var map = new Dictionary<string, Dictionary<string, int>>
        {
            { "outer", new Dictionary<string, int> { { "inner", 7 } } },
        };
        Console.WriteLine(map["outer"]["inner"]); // expect: 7
        map["outer"]["inner"]++;
        map["outer"]["second"] = 1;
        Console.WriteLine(map["outer"]["inner"] + " " + map["outer"].Count); // expect: 8 2
        var kvp = new KeyValuePair<string, int>("p", 9);
        ICollection<KeyValuePair<string, int>> coll = new Dictionary<string, int>();
        coll.Add(kvp);
        Console.WriteLine(coll.Count + " " + coll.Contains(kvp) + " " + coll.Contains(new KeyValuePair<string, int>("p", 8))); // expect: 1 True False
    }
}
