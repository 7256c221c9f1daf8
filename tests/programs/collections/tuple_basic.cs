// Tuple<T1,T2> via Tuple.Create and new, ValueTuple via its constructor: Item fields, ToString, equality, use as dictionary keys.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Tuple<int, string> t = Tuple.Create(1, "a");
        Console.WriteLine(t.Item1 + " " + t.Item2); // expect: 1 a
        Console.WriteLine(t); // expect: (1, a)
        var t2 = new Tuple<int, string>(1, "a");
        Console.WriteLine(t.Equals(t2) + " " + (t == t2)); // expect: True False
        var t3 = Tuple.Create("x", 2.5, true);
        Console.WriteLine(t3 + " " + t3.Item3); // expect: (x, 2.5, True) True
        Console.WriteLine(Tuple.Create<string, string>(null, "b")); // expect: (, b)
        Console.WriteLine(Tuple.Create(1, Tuple.Create(2, 3))); // expect: (1, (2, 3))
        var vt = new ValueTuple<int, string>(1, "a");
        Console.WriteLine(vt.Item1 + " " + vt.Item2); // expect: 1 a
        Console.WriteLine(vt); // expect: (1, a)
        vt.Item1 = 5;
        Console.WriteLine(vt.ToString()); // expect: (5, a)
        var vt2 = new ValueTuple<int, string>(5, "a");
        Console.WriteLine(vt.Equals(vt2)); // expect: True
        Console.WriteLine(ValueTuple.Create(1, 2, 3)); // expect: (1, 2, 3)
        Console.WriteLine(default(ValueTuple<int, string>)); // expect: (0, )
        var byPair = new Dictionary<Tuple<int, int>, string>();
        byPair[Tuple.Create(1, 2)] = "one-two";
        byPair[Tuple.Create(1, 2)] = "again";
        Console.WriteLine(byPair.Count + " " + byPair[new Tuple<int, int>(1, 2)]); // expect: 1 again
        var byValue = new Dictionary<ValueTuple<string, int>, int>();
        byValue[new ValueTuple<string, int>("x", 1)] = 10;
        byValue[ValueTuple.Create("x", 2)] = 20;
        byValue[ValueTuple.Create("x", 1)] += 5;
        foreach (var kv in byValue)
            Console.WriteLine(kv); // expect: [(x, 1), 15]
        // expect: [(x, 2), 20]
        var list = new List<Tuple<string, int>> { Tuple.Create("b", 2), Tuple.Create("a", 2), Tuple.Create("c", 1) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list)); // expect: (a, 2) (b, 2) (c, 1)
        var vlist = new List<ValueTuple<int, int>> { ValueTuple.Create(2, 1), ValueTuple.Create(1, 9), ValueTuple.Create(2, 0) };
        vlist.Sort();
        Console.WriteLine(string.Join(" ", vlist)); // expect: (1, 9) (2, 0) (2, 1)
    }
}
