// Changing values in place: d[k]++ and d[k] += n, array and list values mutated through the dictionary, struct values copied out and written back.
using System;
using System.Collections.Generic;

struct Stats
{
    public int Count;
    public int Sum;
}

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { ["a"] = 1 };
        d["a"]++;
        d["a"] += 10;
        ++d["a"];
        Console.WriteLine(d["a"]); // expect: 13
        int old = d["a"]--;
        Console.WriteLine(old + " " + d["a"]); // expect: 13 12
        var arrays = new Dictionary<string, int[]> { ["xs"] = new int[3] };
        arrays["xs"][1] = 5;
        arrays["xs"][2] += 7;
        Console.WriteLine(string.Join(",", arrays["xs"])); // expect: 0,5,7
        var lists = new Dictionary<int, List<string>>();
        lists[1] = new List<string>();
        lists[1].Add("one");
        lists[1].Add("uno");
        Console.WriteLine(lists[1].Count + " " + lists[1][1]); // expect: 2 uno
        var stats = new Dictionary<string, Stats>();
        int[] data = { 4, 8, 15, 16, 23, 42 };
        foreach (int x in data)
        {
            string key = x % 2 == 0 ? "even" : "odd";
            Stats s;
            stats.TryGetValue(key, out s);
            s.Count++;
            s.Sum += x;
            stats[key] = s;
        }
        foreach (var kv in stats)
            Console.WriteLine(kv.Key + " " + kv.Value.Count + " " + kv.Value.Sum); // expect: even 4 70
        // expect: odd 2 38
        var list = new List<int> { 1, 2, 3 };
        list[0] += 100;
        list[1]++;
        Console.WriteLine(string.Join(",", list)); // expect: 101,3,3
        var sl = new SortedList<string, double> { ["x"] = 1.5 };
        sl["x"] *= 4;
        Console.WriteLine(sl["x"]); // expect: 6
        var strs = new Dictionary<int, string> { [0] = "a" };
        strs[0] += "b";
        strs[0] += strs[0];
        Console.WriteLine(strs[0]); // expect: abab
    }
}
