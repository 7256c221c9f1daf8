// List<T>.Sort is an unstable introsort: 20 structs with many equal keys come out in introsort's order, not insertion order.
using System;
using System.Collections.Generic;

struct Item : IComparable<Item>
{
    public int Key;
    public int Id;

    public Item(int key, int id)
    {
        Key = key;
        Id = id;
    }

    public int CompareTo(Item other)
    {
        return Key.CompareTo(other.Key);
    }
}

class ByKey : IComparer<Item>
{
    public int Compare(Item a, Item b)
    {
        return a.Key.CompareTo(b.Key);
    }
}

class Program
{
    static List<Item> Make()
    {
        var l = new List<Item>();
        for (int i = 0; i < 20; i++)
            l.Add(new Item((i * 7) % 4, i));
        return l;
    }

    static void Show(List<Item> l)
    {
        string s = "";
        foreach (Item it in l)
            s += it.Key + ":" + it.Id + " ";
        Console.WriteLine(s.TrimEnd());
    }

    static void Main()
    {
        var l = Make();
        Show(l); // expect: 0:0 3:1 2:2 1:3 0:4 3:5 2:6 1:7 0:8 3:9 2:10 1:11 0:12 3:13 2:14 1:15 0:16 3:17 2:18 1:19
        l.Sort();
        Show(l); // expect: 0:0 0:16 0:12 0:4 0:8 1:15 1:11 1:19 1:3 1:7 2:6 2:18 2:10 2:14 2:2 3:5 3:13 3:1 3:17 3:9
        var l2 = Make();
        l2.Sort(new ByKey());
        Show(l2); // expect: 0:0 0:16 0:12 0:4 0:8 1:15 1:11 1:19 1:3 1:7 2:6 2:18 2:10 2:14 2:2 3:5 3:13 3:1 3:17 3:9
        // 16 or fewer elements take the insertion-sort path, which keeps equal keys in order.
        var small = new List<Item>();
        for (int i = 0; i < 10; i++)
            small.Add(new Item(i % 2, i));
        small.Sort();
        Show(small); // expect: 0:0 0:2 0:4 0:6 0:8 1:1 1:3 1:5 1:7 1:9
        Item[] arr = Make().ToArray();
        Array.Sort(arr);
        Show(new List<Item>(arr)); // expect: 0:0 0:16 0:12 0:4 0:8 1:15 1:11 1:19 1:3 1:7 2:6 2:18 2:10 2:14 2:2 3:5 3:13 3:1 3:17 3:9
    }
}
