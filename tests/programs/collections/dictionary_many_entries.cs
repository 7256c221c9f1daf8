// A Dictionary<int,int> with thousands of entries: growth, removal of half, re-adding, and order checks.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<int, int>();
        for (int i = 0; i < 5000; i++)
            d.Add(i * 31 % 5003, i);
        Console.WriteLine(d.Count); // expect: 5000
        long sum = 0;
        foreach (var kv in d)
            sum += kv.Key;
        Console.WriteLine(sum); // expect: 12497680
        int first = -1, last = -1, n = 0;
        foreach (int k in d.Keys)
        {
            if (n == 0)
                first = k;
            last = k;
            n++;
        }
        Console.WriteLine(first + " " + last + " " + n); // expect: 0 4879 5000
        int removed = 0;
        for (int k = 0; k < 5003; k += 2)
            if (d.Remove(k))
                removed++;
        Console.WriteLine(removed + " " + d.Count); // expect: 2500 2500
        bool ok = true;
        foreach (var kv in d)
            if (kv.Key % 2 == 0 || kv.Key != kv.Value * 31 % 5003)
                ok = false;
        Console.WriteLine(ok); // expect: True
        for (int k = 100000; k < 100010; k++)
            d[k] = k;
        Console.WriteLine(d.Count + " " + d[100005]); // expect: 2510 100005
        // New keys fill the holes, last removed first: 100000 goes where the even key removed last was.
        var order = new List<int>(d.Keys);
        Console.WriteLine(order.IndexOf(100000) + " " + order.IndexOf(100009) + " " + order.Count); // expect: 1053 2430 2510
        var strings = new Dictionary<string, int>();
        for (int i = 0; i < 1000; i++)
            strings["key" + i] = i;
        int hits = 0;
        for (int i = 0; i < 2000; i += 3)
            if (strings.ContainsKey("key" + i))
                hits++;
        Console.WriteLine(strings.Count + " " + hits + " " + strings["key999"]); // expect: 1000 334 999
    }
}
