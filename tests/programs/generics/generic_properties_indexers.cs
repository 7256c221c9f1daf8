// Properties, auto-properties and indexers whose types involve T in generic classes and structs, including an indexer keyed by a type parameter.
using System;

class Table<K, V>
{
    K[] keys = new K[8];
    V[] vals = new V[8];
    int n;
    public V Missing { get; set; }

    public V this[K key]
    {
        get
        {
            for (int i = 0; i < n; i++) if (object.Equals(keys[i], key)) return vals[i];
            return Missing;
        }
        set
        {
            for (int i = 0; i < n; i++) if (object.Equals(keys[i], key)) { vals[i] = value; return; }
            keys[n] = key; vals[n] = value; n++;
        }
    }

    public int Count { get { return n; } }
    public K FirstKey { get { return keys[0]; } }
}

class Holder<T>
{
    public T Current { get; set; }
    public T[] Many { get; private set; }
    public Holder() { Many = new T[3]; }
    public T this[int i] { get { return Many[i]; } set { Many[i] = value; } }
}

struct OnDemand<T> where T : new()
{
    T value;
    bool made;
    public T Value
    {
        get
        {
            if (!made) { value = new T(); made = true; Console.WriteLine("created " + typeof(T).Name); }
            return value;
        }
    }
}

class Thing { public int Uses; }

class Program
{
    static void Main()
    {
        Table<string, int> t = new Table<string, int>();
        t["one"] = 1;
        t["two"] = 2;
        t["one"] += 10;
        Console.WriteLine(t["one"] + " " + t["two"] + " " + t["three"]); // expect: 11 2 0
        t.Missing = -1;
        Console.WriteLine(t["three"]); // expect: -1
        Console.WriteLine(t.Count + " " + t.FirstKey); // expect: 2 one
        Table<int, string> r = new Table<int, string>();
        r[5] = "five";
        r[5] += "!";
        Console.WriteLine(r[5] + " " + (r[6] == null)); // expect: five! True
        Holder<double> h = new Holder<double>();
        h.Current = 2.5;
        h.Current *= 2;
        h[1] = h.Current;
        h[2]++;
        Console.WriteLine(h.Current + " " + h[0] + " " + h[1] + " " + h[2]); // expect: 5 0 5 1
        Holder<string> hs = new Holder<string>();
        hs[0] = "a";
        hs[0] += "b";
        Console.WriteLine(hs[0] + " " + hs.Many.Length + " " + (hs.Current == null)); // expect: ab 3 True
        OnDemand<Thing> lz = new OnDemand<Thing>();
        lz.Value.Uses++;
        // expect: created Thing
        lz.Value.Uses++;
        Console.WriteLine(lz.Value.Uses); // expect: 2
    }
}
