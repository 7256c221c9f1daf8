// Changing a Dictionary during foreach: adding a key or overwriting a value throws; on .NET Core 3.1 Remove and Clear do not.
// mono-differs: Mono 6.8 also throws when a key is removed during enumeration, so this program dies there
using System;
using System.Collections.Generic;

class Program
{
    static Dictionary<string, int> Make()
    {
        return new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
    }

    static void Main()
    {
        var d = Make();
        try
        {
            foreach (var kv in d)
            {
                Console.WriteLine(kv.Key); // expect: a
                d["new"] = 0;
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Collection was modified; enumeration operation may not execute.
        }
        d = Make();
        foreach (var kv in d)
            if (kv.Value != 2)
                d.Remove(kv.Key);
        Console.WriteLine(d.Count + " " + string.Join(",", d.Keys)); // expect: 1 b
        d = Make();
        try
        {
            foreach (var kv in d)
                d[kv.Key] = kv.Value * 10;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("overwrite: " + e.Message); // expect: overwrite: Collection was modified; enumeration operation may not execute.
        }
        Console.WriteLine(string.Join(",", d.Values)); // expect: 10,2,3
        d = Make();
        try
        {
            foreach (string k in d.Keys)
                d.Add(k + k, 0);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Keys: " + e.Message); // expect: Keys: Collection was modified; enumeration operation may not execute.
        }
        // Clear does not bump the version on .NET Core 3.1: the loop just ends.
        d = Make();
        int seen = 0;
        try
        {
            foreach (int v in d.Values)
            {
                seen++;
                d.Clear();
            }
            Console.WriteLine("Clear: " + seen + " " + d.Count); // expect: Clear: 1 0
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Clear: " + e.Message);
        }
        // Collect first, change after: the safe pattern.
        d = Make();
        var doomed = new List<string>();
        foreach (var kv in d)
            if (kv.Value >= 2)
                doomed.Add(kv.Key);
        foreach (string k in doomed)
            d.Remove(k);
        Console.WriteLine(d.Count + " " + string.Join(",", d.Keys)); // expect: 1 a
    }
}
