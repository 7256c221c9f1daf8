// Dictionary with a hand-written case-insensitive IEqualityComparer<string>: lookups ignore case and the first spelling is kept.
using System;
using System.Collections.Generic;

class IgnoreCase : IEqualityComparer<string>
{
    public int EqualsCalls;

    static char Lower(char c)
    {
        return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }

    public bool Equals(string a, string b)
    {
        EqualsCalls++;
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
            if (Lower(a[i]) != Lower(b[i]))
                return false;
        return true;
    }

    public int GetHashCode(string s)
    {
        int h = 17;
        foreach (char c in s)
            h = h * 31 + Lower(c);
        return h;
    }
}

// Every key collides: the dictionary must fall back on Equals.
class AllCollide : IEqualityComparer<int>
{
    public bool Equals(int a, int b)
    {
        return a == b;
    }

    public int GetHashCode(int x)
    {
        return 7;
    }
}

class Program
{
    static void Main()
    {
        var cmp = new IgnoreCase();
        var d = new Dictionary<string, int>(cmp);
        d["Apple"] = 1;
        d["BANANA"] = 2;
        d["apple"] = 10;
        Console.WriteLine(d.Count); // expect: 2
        Console.WriteLine(d["APPLE"] + " " + d["banana"]); // expect: 10 2
        Console.WriteLine(d.ContainsKey("aPpLe") + " " + d.ContainsKey("cherry")); // expect: True False
        foreach (var kv in d)
            Console.WriteLine(kv); // expect: [Apple, 10]
        // expect: [BANANA, 2]
        Console.WriteLine(cmp.EqualsCalls > 0); // expect: True
        Console.WriteLine(d.Comparer == cmp); // expect: True
        try
        {
            d.Add("banana", 3);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message); // expect: An item with the same key has already been added. Key: banana
        }
        Console.WriteLine(d.Remove("Banana") + " " + d.Count); // expect: True 1
        var copy = new Dictionary<string, int>(d, cmp);
        Console.WriteLine(copy["APPLE"]); // expect: 10
        var plain = new Dictionary<string, int>(d);
        Console.WriteLine(plain.ContainsKey("Apple") + " " + plain.ContainsKey("APPLE")); // expect: True False
        var set = new HashSet<string>(new IgnoreCase()) { "One", "ONE", "two" };
        Console.WriteLine(set.Count + " " + set.Contains("TWO")); // expect: 2 True
        var coll = new Dictionary<int, string>(new AllCollide());
        for (int i = 0; i < 20; i++)
            coll[i] = "v" + i;
        coll.Remove(5);
        coll[3] = "three";
        Console.WriteLine(coll.Count + " " + coll[3] + " " + coll[19] + " " + coll.ContainsKey(5)); // expect: 19 three v19 False
        Console.WriteLine(EqualityComparer<string>.Default == new Dictionary<string, int>().Comparer); // expect: True
    }
}
