// List<T>.AddRange from an array, another list, a HashSet and itself; the List<T>(IEnumerable<T>) constructor.
using System;
using System.Collections.Generic;

class Program
{
    static void Show(List<int> l)
    {
        Console.WriteLine(l.Count + " [" + string.Join(" ", l) + "]");
    }

    static void Main()
    {
        var l = new List<int>();
        l.AddRange(new int[] { 1, 2, 3 });
        Show(l); // expect: 3 [1 2 3]
        var other = new List<int> { 10, 20 };
        l.AddRange(other);
        Show(l); // expect: 5 [1 2 3 10 20]
        other.Add(30);
        Show(l); // expect: 5 [1 2 3 10 20]
        l.AddRange(new int[0]);
        Show(l); // expect: 5 [1 2 3 10 20]
        var set = new HashSet<int> { 7, 8 };
        l.AddRange(set);
        Show(l); // expect: 7 [1 2 3 10 20 7 8]
        var small = new List<int> { 4, 5 };
        small.AddRange(small);
        Show(small); // expect: 4 [4 5 4 5]
        var copy = new List<int>(l);
        copy[0] = 100;
        Show(copy); // expect: 7 [100 2 3 10 20 7 8]
        Show(l); // expect: 7 [1 2 3 10 20 7 8]
        var fromSet = new List<int>(new HashSet<int> { 3, 1, 2 });
        Show(fromSet); // expect: 3 [3 1 2]
        var words = new List<string>(new string[] { "x", "y" });
        words.AddRange(new List<string> { "z" });
        Console.WriteLine(string.Join("-", words)); // expect: x-y-z
    }
}
