// HashSet<T> enumeration order after removals: holes are reused last-freed-first; emptying the set by Remove starts afresh.
using System;
using System.Collections.Generic;

class Program
{
    static void Show(HashSet<string> s)
    {
        Console.WriteLine(s.Count + " [" + string.Join(" ", s) + "]");
    }

    static void Main()
    {
        var s = new HashSet<string> { "a", "b", "c", "d", "e" };
        s.Remove("b");
        s.Remove("d");
        Show(s); // expect: 3 [a c e]
        s.Add("x");
        s.Add("y");
        s.Add("z");
        Show(s); // expect: 6 [a y c x e z]
        s.Remove("e");
        s.Add("e");
        Show(s); // expect: 6 [a y c x e z]
        s.Remove("a");
        s.Remove("z");
        s.Add("q");
        Show(s); // expect: 5 [y c x e q]
        s.Add("r");
        Show(s); // expect: 6 [r y c x e q]
        // Removing every element resets the set, unlike Dictionary: insertion order again.
        var t = new HashSet<string> { "p", "q", "r" };
        t.Remove("p");
        t.Remove("q");
        t.Remove("r");
        t.Add("s");
        t.Add("t");
        t.Add("u");
        Show(t); // expect: 3 [s t u]
        var d = new Dictionary<string, int> { { "p", 1 }, { "q", 2 }, { "r", 3 } };
        d.Remove("p");
        d.Remove("q");
        d.Remove("r");
        d.Add("s", 0);
        d.Add("t", 0);
        d.Add("u", 0);
        Console.WriteLine(string.Join(" ", d.Keys)); // expect: u t s
        var n = new HashSet<int>();
        for (int i = 0; i < 10; i++)
            n.Add(i);
        for (int i = 0; i < 10; i += 3)
            n.Remove(i);
        for (int i = 20; i < 26; i++)
            n.Add(i);
        Console.WriteLine(string.Join(" ", n)); // expect: 23 1 2 22 4 5 21 7 8 20 24 25
    }
}
