// User generic methods and classes over collection interfaces: constraints, ICollection<T> targets of several kinds, a List-backed generic stack.
using System;
using System.Collections.Generic;

class ListStack<T>
{
    readonly List<T> items = new List<T>();

    public int Count
    {
        get { return items.Count; }
    }

    public void Push(T item)
    {
        items.Add(item);
    }

    public T Pop()
    {
        T top = items[items.Count - 1];
        items.RemoveAt(items.Count - 1);
        return top;
    }
}

class Pair<A, B>
{
    public A First;
    public B Second;

    public Pair(A a, B b)
    {
        First = a;
        Second = b;
    }

    public override string ToString()
    {
        return "<" + First + "|" + Second + ">";
    }
}

class Program
{
    static void AddAll<T>(ICollection<T> target, IEnumerable<T> source)
    {
        foreach (T x in source)
            target.Add(x);
    }

    static T Max<T>(IEnumerable<T> items) where T : IComparable<T>
    {
        bool any = false;
        T best = default(T);
        foreach (T x in items)
        {
            if (!any || x.CompareTo(best) > 0)
                best = x;
            any = true;
        }
        return best;
    }

    static Dictionary<K, int> CountBy<K>(IEnumerable<K> items)
    {
        var d = new Dictionary<K, int>();
        foreach (K k in items)
        {
            int n;
            d.TryGetValue(k, out n);
            d[k] = n + 1;
        }
        return d;
    }

    static List<T> Distinct<T>(IList<T> items)
    {
        var seen = new HashSet<T>();
        var result = new List<T>();
        for (int i = 0; i < items.Count; i++)
            if (seen.Add(items[i]))
                result.Add(items[i]);
        return result;
    }

    static string Show<T>(IEnumerable<T> items)
    {
        return "[" + string.Join(",", items) + "]";
    }

    static void Main()
    {
        int[] src = { 3, 1, 3, 2 };
        var list = new List<int>();
        var set = new HashSet<int>();
        var sorted = new SortedSet<int>();
        var linked = new LinkedList<int>();
        AddAll(list, src);
        AddAll(set, src);
        AddAll(sorted, src);
        AddAll(linked, src);
        Console.WriteLine(Show(list) + Show(set) + Show(sorted) + Show(linked)); // expect: [3,1,3,2][3,1,2][1,2,3][3,1,3,2]
        Console.WriteLine(Max(list) + " " + Max(new string[] { "pear", "zoo", "apple" }) + " " + Max(new List<double>())); // expect: 3 zoo 0
        foreach (var kv in CountBy("abracadabra".ToCharArray()))
            Console.Write(kv.Key + "" + kv.Value);
        Console.WriteLine(); // expect: a5b2r2c1d1
        Console.WriteLine(Show(Distinct(new List<string> { "x", "y", "x", "z", "y" }))); // expect: [x,y,z]
        var st = new ListStack<Pair<string, int>>();
        st.Push(new Pair<string, int>("a", 1));
        st.Push(new Pair<string, int>("b", 2));
        Console.WriteLine(st.Pop() + " " + st.Count); // expect: <b|2> 1
        var pairs = new List<Pair<int, List<string>>>();
        pairs.Add(new Pair<int, List<string>>(1, new List<string> { "one", "uno" }));
        Console.WriteLine(pairs[0].First + " " + Show(pairs[0].Second)); // expect: 1 [one,uno]
        var byLen = new Dictionary<int, ListStack<string>>();
        foreach (string w in new string[] { "hi", "yo", "hey" })
        {
            ListStack<string> s;
            if (!byLen.TryGetValue(w.Length, out s))
                byLen[w.Length] = s = new ListStack<string>();
            s.Push(w);
        }
        Console.WriteLine(byLen[2].Count + " " + byLen[2].Pop() + " " + byLen[3].Pop()); // expect: 2 yo hey
    }
}
