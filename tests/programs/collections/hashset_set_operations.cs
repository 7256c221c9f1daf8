// HashSet<T> UnionWith, IntersectWith, ExceptWith and SymmetricExceptWith, with the element order each leaves behind.
using System;
using System.Collections.Generic;

class Program
{
    static HashSet<int> Make()
    {
        return new HashSet<int> { 1, 2, 3, 4, 5 };
    }

    static void Show(string label, HashSet<int> s)
    {
        Console.WriteLine(label + ": " + s.Count + " [" + string.Join(" ", s) + "]");
    }

    static void Main()
    {
        var s = Make();
        s.UnionWith(new int[] { 4, 7, 6, 7 });
        Show("union", s); // expect: union: 7 [1 2 3 4 5 7 6]
        s = Make();
        s.IntersectWith(new List<int> { 5, 3, 9, 1 });
        Show("intersect list", s); // expect: intersect list: 3 [1 3 5]
        s = Make();
        s.IntersectWith(new HashSet<int> { 4, 2 });
        Show("intersect set", s); // expect: intersect set: 2 [2 4]
        s = Make();
        s.ExceptWith(new int[] { 2, 4, 8 });
        Show("except", s); // expect: except: 3 [1 3 5]
        s = Make();
        s.SymmetricExceptWith(new HashSet<int> { 4, 5, 6, 7 });
        Show("symmetric set", s); // expect: symmetric set: 5 [1 2 3 7 6]
        s = Make();
        s.SymmetricExceptWith(new List<int> { 7, 2, 6, 2 });
        Show("symmetric list", s); // expect: symmetric list: 6 [1 3 4 5 7 6]
        // Holes left by removals are filled by later adds, the last hole made first.
        s = Make();
        s.ExceptWith(new int[] { 2, 4 });
        s.UnionWith(new int[] { 10, 20, 30 });
        Show("refill", s); // expect: refill: 6 [1 20 3 10 5 30]
        s = Make();
        s.IntersectWith(new int[] { 1, 5 });
        s.UnionWith(new int[] { 6, 7, 8, 9 });
        Show("after intersect", s); // expect: after intersect: 6 [1 8 7 6 5 9]
        s = Make();
        s.SymmetricExceptWith(new HashSet<int> { 2, 9, 4, 8 });
        Show("symmetric refill", s); // expect: symmetric refill: 5 [1 9 3 8 5]
        s = Make();
        s.UnionWith(s);
        s.IntersectWith(s);
        Show("self", s); // expect: self: 5 [1 2 3 4 5]
        s.ExceptWith(s);
        Show("self except", s); // expect: self except: 0 []
        s = Make();
        s.IntersectWith(new int[0]);
        Show("empty intersect", s); // expect: empty intersect: 0 []
        s.UnionWith(new int[] { 3, 2 });
        Show("reuse", s); // expect: reuse: 2 [3 2]
        var words = new HashSet<string> { "red", "green" };
        words.UnionWith(new HashSet<string> { "blue", "red" });
        Console.WriteLine(string.Join(",", words)); // expect: red,green,blue
    }
}
