// List<T> of structs holds copies: reading an element gives a copy; change it by writing it back.
using System;
using System.Collections.Generic;

struct Counter
{
    public string Name;
    public int Hits;

    public Counter(string name)
    {
        Name = name;
        Hits = 0;
    }

    public override string ToString()
    {
        return Name + "=" + Hits;
    }
}

class Program
{
    static void Main()
    {
        var l = new List<Counter> { new Counter("a"), new Counter("b") };
        Counter c = l[0];
        c.Hits = 5;
        Console.WriteLine(l[0] + " " + c); // expect: a=0 a=5
        l[0] = c;
        Console.WriteLine(l[0]); // expect: a=5
        for (int i = 0; i < l.Count; i++)
        {
            Counter t = l[i];
            t.Hits += 10;
            l[i] = t;
        }
        foreach (Counter x in l)
            Console.WriteLine(x); // expect: a=15
        // expect: b=10
        Console.WriteLine(l.Contains(new Counter("b"))); // expect: False
        Counter probe = new Counter("b");
        probe.Hits = 10;
        Console.WriteLine(l.IndexOf(probe)); // expect: 1
        var def = new List<Counter>();
        def.Add(default(Counter));
        Console.WriteLine(def[0].Name == null); // expect: True
        var longs = new List<long> { 1L << 40, -5 };
        Console.WriteLine(longs[0] + longs[1]); // expect: 1099511627771
        var bools = new List<bool> { true, false, true };
        Console.WriteLine(bools.IndexOf(false) + " " + bools.LastIndexOf(true)); // expect: 1 2
    }
}
