// List<T>.BinarySearch: found index, the bitwise complement of the insertion point when missing, a comparer, and a sub-range.
using System;
using System.Collections.Generic;

class Descending : IComparer<int>
{
    public int Compare(int x, int y)
    {
        return y.CompareTo(x);
    }
}

class Program
{
    static void Main()
    {
        var l = new List<int> { 1, 3, 5, 7, 9, 11 };
        Console.WriteLine(l.BinarySearch(7)); // expect: 3
        Console.WriteLine(l.BinarySearch(1)); // expect: 0
        Console.WriteLine(l.BinarySearch(11)); // expect: 5
        Console.WriteLine(l.BinarySearch(6)); // expect: -4
        Console.WriteLine(~l.BinarySearch(6)); // expect: 3
        Console.WriteLine(l.BinarySearch(0)); // expect: -1
        Console.WriteLine(l.BinarySearch(100)); // expect: -7
        int at = l.BinarySearch(8);
        if (at < 0)
            l.Insert(~at, 8);
        Console.WriteLine(string.Join(" ", l)); // expect: 1 3 5 7 8 9 11
        var dup = new List<int> { 1, 3, 3, 3, 5 };
        Console.WriteLine(dup.BinarySearch(3)); // expect: 2
        var desc = new List<int> { 9, 7, 5, 3 };
        Console.WriteLine(desc.BinarySearch(5, new Descending())); // expect: 2
        Console.WriteLine(desc.BinarySearch(6, new Descending())); // expect: -3
        Console.WriteLine(l.BinarySearch(2, 3, 5, null)); // expect: 2
        Console.WriteLine(l.BinarySearch(2, 3, 9, null)); // expect: -6
        var words = new List<string> { "apple", "kiwi", "mango", "peach" };
        Console.WriteLine(words.BinarySearch("mango")); // expect: 2
        Console.WriteLine(words.BinarySearch("banana")); // expect: -2
        var empty = new List<int>();
        Console.WriteLine(empty.BinarySearch(5)); // expect: -1
    }
}
