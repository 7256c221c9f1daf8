// Enumerating a Dictionary: foreach over KeyValuePair (Key, Value, ToString "[k, v]"), Keys and Values, all in insertion order.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int>();
        d["zebra"] = 1;
        d["apple"] = 2;
        d["mango"] = 3;
        d["kiwi"] = 4;
        foreach (KeyValuePair<string, int> kv in d)
            Console.WriteLine(kv.Key + " -> " + kv.Value); // expect: zebra -> 1
        // expect: apple -> 2
        // expect: mango -> 3
        // expect: kiwi -> 4
        foreach (var kv in d)
            Console.WriteLine(kv); // expect: [zebra, 1]
        // expect: [apple, 2]
        // expect: [mango, 3]
        // expect: [kiwi, 4]
        Console.Write("keys:");
        foreach (string k in d.Keys)
            Console.Write(" " + k);
        Console.WriteLine(); // expect: keys: zebra apple mango kiwi
        Console.Write("values:");
        foreach (int v in d.Values)
            Console.Write(" " + v);
        Console.WriteLine(); // expect: values: 1 2 3 4
        Console.WriteLine(d.Keys.Count + " " + d.Values.Count); // expect: 4 4
        // Overwriting a value keeps the key's place.
        d["zebra"] = 100;
        Console.WriteLine(string.Join(",", d.Keys) + " " + string.Join(",", d.Values)); // expect: zebra,apple,mango,kiwi 100,2,3,4
        var keys = new List<string>(d.Keys);
        keys.Sort();
        Console.WriteLine(string.Join(",", keys)); // expect: apple,kiwi,mango,zebra
        string[] karr = new string[4];
        d.Keys.CopyTo(karr, 0);
        Console.WriteLine(karr[3]); // expect: kiwi
        int[] varr = new int[5];
        d.Values.CopyTo(varr, 1);
        Console.WriteLine(string.Join(",", varr)); // expect: 0,100,2,3,4
        var e = d.GetEnumerator();
        while (e.MoveNext())
        {
            KeyValuePair<string, int> cur = e.Current;
            if (cur.Value % 2 == 0)
                Console.WriteLine(cur.Key); // expect: zebra
            // expect: apple
            // expect: kiwi
        }
        var empty = new Dictionary<int, int>();
        foreach (var kv in empty)
            Console.WriteLine("never");
        Console.WriteLine(empty.Keys.Count); // expect: 0
        Dictionary<string, int>.KeyCollection kc = d.Keys;
        d["new"] = 5;
        Console.WriteLine(kc.Count); // expect: 5
    }
}
