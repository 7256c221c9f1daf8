// SortedSet<T>: ordered enumeration, Add/Remove/Contains, Min, Max, Reverse, GetViewBetween, set operations and a custom comparer.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections.Generic;

class ByLength : IComparer<string>
{
    public int Compare(string a, string b)
    {
        return a.Length.CompareTo(b.Length);
    }
}

class Program
{
    static void Main()
    {
        var s = new SortedSet<int> { 5, 1, 9, 3, 7 };
        Console.WriteLine(string.Join(" ", s)); // expect: 1 3 5 7 9
        Console.WriteLine(s.Add(4) + " " + s.Add(5)); // expect: True False
        Console.WriteLine(s.Count + " " + s.Min + " " + s.Max); // expect: 6 1 9
        Console.WriteLine(s.Contains(4) + " " + s.Contains(6)); // expect: True False
        Console.WriteLine(s.Remove(1) + " " + s.Remove(1) + " " + s.Min); // expect: True False 3
        foreach (int x in s.Reverse())
            Console.Write(x);
        Console.WriteLine(); // expect: 97543
        SortedSet<int> view = s.GetViewBetween(4, 7);
        Console.WriteLine(view.Count + " [" + string.Join(" ", view) + "] " + view.Min + " " + view.Max); // expect: 3 [4 5 7] 4 7
        s.Add(6);
        Console.WriteLine(view.Count + " [" + string.Join(" ", view) + "]"); // expect: 4 [4 5 6 7]
        view.Remove(5);
        Console.WriteLine(string.Join(" ", s)); // expect: 3 4 6 7 9
        try
        {
            view.Add(100);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'item')
        }
        var other = new SortedSet<int>(new int[] { 9, 10, 3 });
        s.UnionWith(other);
        Console.WriteLine(string.Join(" ", s)); // expect: 3 4 6 7 9 10
        s.IntersectWith(new int[] { 10, 4, 6, 11 });
        Console.WriteLine(string.Join(" ", s)); // expect: 4 6 10
        s.SymmetricExceptWith(new int[] { 6, 8 });
        Console.WriteLine(string.Join(" ", s)); // expect: 4 8 10
        s.ExceptWith(new int[] { 4 });
        Console.WriteLine(string.Join(" ", s) + " " + s.IsSubsetOf(other)); // expect: 8 10 False
        var empty = new SortedSet<int>();
        Console.WriteLine(empty.Count + " " + empty.Min + " " + empty.Max); // expect: 0 0 0
        var names = new SortedSet<string>(new ByLength()) { "ccc", "a", "bb", "xx", "dddd" };
        Console.WriteLine(string.Join(" ", names)); // expect: a bb ccc dddd
        Console.WriteLine(names.Contains("zz") + " " + names.Min + " " + names.Max); // expect: True a dddd
        var words = new SortedSet<string> { "pear", "apple", "fig" };
        Console.WriteLine(string.Join(" ", words) + " " + words.Min); // expect: apple fig pear apple
        int[] arr = new int[2];
        new SortedSet<int> { 2, 1 }.CopyTo(arr);
        Console.WriteLine(arr[0] + " " + arr[1]); // expect: 1 2
        var big = new SortedSet<int>();
        for (int i = 0; i < 1000; i++)
            big.Add((i * 7919) % 1009);
        Console.WriteLine(big.Count + " " + big.Min + " " + big.Max + " " + big.GetViewBetween(100, 199).Count); // expect: 1000 0 1008 99
    }
}
