// An LRU cache built from LinkedList<T> and Dictionary<K, LinkedListNode<T>>: hits move to the front, the tail is evicted.
using System;
using System.Collections.Generic;

class LruCache
{
    readonly int capacity;
    readonly LinkedList<KeyValuePair<string, int>> order = new LinkedList<KeyValuePair<string, int>>();
    readonly Dictionary<string, LinkedListNode<KeyValuePair<string, int>>> map = new Dictionary<string, LinkedListNode<KeyValuePair<string, int>>>();

    public LruCache(int capacity)
    {
        this.capacity = capacity;
    }

    public bool TryGet(string key, out int value)
    {
        LinkedListNode<KeyValuePair<string, int>> node;
        if (map.TryGetValue(key, out node))
        {
            order.Remove(node);
            order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
        value = 0;
        return false;
    }

    public void Put(string key, int value)
    {
        LinkedListNode<KeyValuePair<string, int>> node;
        if (map.TryGetValue(key, out node))
        {
            order.Remove(node);
        }
        else if (map.Count == capacity)
        {
            LinkedListNode<KeyValuePair<string, int>> last = order.Last;
            order.RemoveLast();
            map.Remove(last.Value.Key);
            Console.WriteLine("evict " + last.Value.Key);
        }
        node = new LinkedListNode<KeyValuePair<string, int>>(new KeyValuePair<string, int>(key, value));
        order.AddFirst(node);
        map[key] = node;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        foreach (KeyValuePair<string, int> kv in order)
            parts.Add(kv.Key + "=" + kv.Value);
        return string.Join(" ", parts);
    }
}

class Program
{
    static void Main()
    {
        var c = new LruCache(3);
        c.Put("a", 1);
        c.Put("b", 2);
        c.Put("c", 3);
        Console.WriteLine(c); // expect: c=3 b=2 a=1
        int v;
        Console.WriteLine(c.TryGet("a", out v) + " " + v); // expect: True 1
        Console.WriteLine(c); // expect: a=1 c=3 b=2
        c.Put("d", 4); // expect: evict b
        Console.WriteLine(c); // expect: d=4 a=1 c=3
        Console.WriteLine(c.TryGet("b", out v) + " " + v); // expect: False 0
        c.Put("c", 30);
        Console.WriteLine(c); // expect: c=30 d=4 a=1
        c.Put("e", 5); // expect: evict a
        c.Put("f", 6); // expect: evict d
        Console.WriteLine(c); // expect: f=6 e=5 c=30
    }
}
