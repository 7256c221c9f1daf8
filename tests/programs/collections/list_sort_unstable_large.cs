// List<T>.Sort on 50 items with 5 distinct keys (introsort partitions, then insertion sort on small runs), by IComparable<T> and by IComparer<T>, and Array.Sort(keys, items).
using System;
using System.Collections.Generic;

class Entry : IComparable<Entry>
{
    public int Key;
    public string Label;

    public Entry(int key, string label)
    {
        Key = key;
        Label = label;
    }

    public int CompareTo(Entry other)
    {
        return Key.CompareTo(other.Key);
    }
}

class ByKeyDescending : IComparer<Entry>
{
    public int Compare(Entry a, Entry b)
    {
        return b.Key.CompareTo(a.Key);
    }
}

class Program
{
    static List<Entry> Make()
    {
        var l = new List<Entry>();
        for (int i = 0; i < 50; i++)
            l.Add(new Entry((i * 13 + 7) % 5, "e" + i));
        return l;
    }

    static void Show(List<Entry> l)
    {
        var parts = new List<string>();
        foreach (Entry e in l)
            parts.Add(e.Key + e.Label);
        Console.WriteLine(string.Join(" ", parts));
    }

    static void Main()
    {
        var l = Make();
        l.Sort();
        Show(l); // expect: 0e11 0e1 0e21 0e41 0e36 0e6 0e26 0e16 0e46 0e31 1e18 1e28 1e43 1e23 1e48 1e8 1e33 1e3 1e38 1e13 2e30 2e35 2e25 2e0 2e20 2e15 2e45 2e10 2e5 2e40 3e17 3e27 3e12 3e32 3e7 3e42 3e47 3e37 3e2 3e22 4e44 4e24 4e34 4e29 4e19 4e14 4e9 4e4 4e39 4e49
        l = Make();
        l.Sort(new ByKeyDescending());
        Show(l); // expect: 4e24 4e44 4e39 4e34 4e29 4e19 4e14 4e9 4e49 4e4 3e47 3e42 3e2 3e37 3e32 3e27 3e22 3e7 3e12 3e17 2e0 2e5 2e20 2e10 2e45 2e40 2e25 2e15 2e30 2e35 1e43 1e38 1e13 1e3 1e33 1e8 1e28 1e48 1e23 1e18 0e31 0e36 0e26 0e41 0e11 0e1 0e16 0e46 0e21 0e6
        int[] keys = new int[30];
        int[] ids = new int[30];
        for (int i = 0; i < 30; i++)
        {
            keys[i] = (i * 7) % 3;
            ids[i] = i;
        }
        Array.Sort(keys, ids);
        Console.WriteLine(string.Join(" ", ids)); // expect: 0 18 15 12 24 9 21 3 27 6 7 25 22 4 13 28 16 1 19 10 26 23 14 17 11 8 5 2 20 29
        var words = new List<string>();
        for (int i = 0; i < 40; i++)
            words.Add(((char)('a' + (i * 11) % 7)).ToString() + i);
        var firsts = new List<string>(words);
        firsts.Sort(new FirstLetter());
        Console.WriteLine(string.Join(" ", firsts)); // expect: a0 a35 a28 a7 a21 a14 b37 b2 b30 b9 b23 b16 c32 c25 c18 c39 c4 c11 d13 d34 d6 d27 d20 e22 e8 e1 e15 e29 e36 f10 f24 f38 f31 f3 f17 g5 g12 g26 g33 g19
    }
}

class FirstLetter : IComparer<string>
{
    public int Compare(string a, string b)
    {
        return a[0].CompareTo(b[0]);
    }
}
