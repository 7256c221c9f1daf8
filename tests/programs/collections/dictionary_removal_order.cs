// Dictionary enumeration order after removals: freed entries are reused last-freed-first, so new keys fill the holes before appending.
using System;
using System.Collections.Generic;

class Program
{
    static void Show(Dictionary<string, int> d)
    {
        string s = "";
        foreach (var kv in d)
            s += kv.Key + "=" + kv.Value + " ";
        Console.WriteLine(d.Count + " [" + s.TrimEnd() + "]");
    }

    static Dictionary<string, int> Five()
    {
        var d = new Dictionary<string, int>();
        d.Add("a", 1);
        d.Add("b", 2);
        d.Add("c", 3);
        d.Add("d", 4);
        d.Add("e", 5);
        return d;
    }

    static void Main()
    {
        var d = Five();
        Show(d); // expect: 5 [a=1 b=2 c=3 d=4 e=5]
        d.Remove("b");
        d.Remove("d");
        Show(d); // expect: 3 [a=1 c=3 e=5]
        d.Add("x", 10);
        Show(d); // expect: 4 [a=1 c=3 x=10 e=5]
        d.Add("y", 20);
        Show(d); // expect: 5 [a=1 y=20 c=3 x=10 e=5]
        d.Add("z", 30);
        Show(d); // expect: 6 [a=1 y=20 c=3 x=10 e=5 z=30]

        // The other removal order fills the holes the other way round.
        d = Five();
        d.Remove("d");
        d.Remove("b");
        d["x"] = 10;
        d["y"] = 20;
        d["z"] = 30;
        Show(d); // expect: 6 [a=1 x=10 c=3 y=20 e=5 z=30]

        // Removing a key and adding it back puts it in its old place only if that was the last hole made.
        d = Five();
        d.Remove("a");
        d["a"] = 100;
        Show(d); // expect: 5 [a=100 b=2 c=3 d=4 e=5]
        d.Remove("a");
        d.Remove("c");
        d["a"] = 1;
        Show(d); // expect: 4 [b=2 a=1 d=4 e=5]

        // Emptying by Remove leaves the holes; new keys come out in reverse.
        var e = new Dictionary<string, int> { { "p", 1 }, { "q", 2 }, { "r", 3 } };
        e.Remove("p");
        e.Remove("q");
        e.Remove("r");
        Show(e); // expect: 0 []
        e["s"] = 4;
        e["t"] = 5;
        e["u"] = 6;
        e["v"] = 7;
        Show(e); // expect: 4 [u=6 t=5 s=4 v=7]

        // Clear forgets the holes: insertion order again.
        e.Remove("t");
        e.Clear();
        e["m"] = 1;
        e["n"] = 2;
        Show(e); // expect: 2 [m=1 n=2]

        // Growing past the capacity keeps the order.
        var big = new Dictionary<int, int>();
        for (int i = 0; i < 10; i++)
            big[i * 7 % 10] = i;
        big.Remove(7);
        big.Remove(4);
        for (int i = 100; i < 105; i++)
            big[i] = -1;
        Console.WriteLine(string.Join(" ", big.Keys)); // expect: 0 101 100 1 8 5 2 9 6 3 102 103 104
    }
}
