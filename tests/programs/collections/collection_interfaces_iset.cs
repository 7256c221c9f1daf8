// HashSet<T> and SortedSet<T> through ISet<T>, ICollection<T> and IReadOnlyCollection<T>.
using System;
using System.Collections.Generic;

class Program
{
    static void Fill(ISet<string> set)
    {
        Console.WriteLine(set.Add("b") + " " + set.Add("a") + " " + set.Add("b")); // expect: True True False
        // expect: True True False
        set.UnionWith(new string[] { "c", "a" });
    }

    static string Show(IEnumerable<string> items)
    {
        return string.Join(",", items);
    }

    static void Main()
    {
        ISet<string> hs = new HashSet<string>();
        ISet<string> ss = new SortedSet<string>();
        Fill(hs);
        Fill(ss);
        Console.WriteLine(Show(hs) + " " + Show(ss)); // expect: b,a,c a,b,c
        Console.WriteLine(hs.SetEquals(ss) + " " + hs.IsSubsetOf(ss) + " " + ss.Overlaps(new string[] { "z", "c" })); // expect: True True True
        ICollection<string> coll = hs;
        coll.Add("d");
        Console.WriteLine(coll.Count + " " + coll.Contains("d") + " " + coll.IsReadOnly); // expect: 4 True False
        IReadOnlyCollection<string> ro = new HashSet<string> { "x" };
        Console.WriteLine(ro.Count); // expect: 1
        hs.ExceptWith(new string[] { "a", "b" });
        ss.IntersectWith(new string[] { "c", "b" });
        Console.WriteLine(Show(hs) + " " + Show(ss)); // expect: c,d b,c
        hs.SymmetricExceptWith(ss);
        Console.WriteLine(Show(hs)); // expect: b,d
        Console.WriteLine(hs is ISet<string>); // expect: True
    }
}
