// List<T>.Sort(IComparer<T>) and Sort(index, count, IComparer<T>) with hand-written comparer classes.
using System;
using System.Collections.Generic;

class Descending : IComparer<int>
{
    public int Compare(int x, int y)
    {
        return y.CompareTo(x);
    }
}

class ByLengthThenOrdinal : IComparer<string>
{
    public int Calls;

    public int Compare(string x, string y)
    {
        Calls++;
        if (x.Length != y.Length)
            return x.Length - y.Length;
        return string.CompareOrdinal(x, y);
    }
}

class Program
{
    static void Main()
    {
        var ints = new List<int> { 3, 1, 4, 1, 5, 9, 2, 6 };
        ints.Sort(new Descending());
        Console.WriteLine(string.Join(" ", ints)); // expect: 9 6 5 4 3 2 1 1
        var words = new List<string> { "ccc", "a", "bb", "aaa", "b", "dddd", "ab" };
        var cmp = new ByLengthThenOrdinal();
        words.Sort(cmp);
        Console.WriteLine(string.Join(" ", words)); // expect: a b ab bb aaa ccc dddd
        Console.WriteLine(cmp.Calls > 0); // expect: True
        var part = new List<int> { 1, 2, 3, 4, 5, 6 };
        part.Sort(2, 3, new Descending());
        Console.WriteLine(string.Join(" ", part)); // expect: 1 2 5 4 3 6
        var again = new List<int> { 4, 2, 8 };
        again.Sort(Comparer<int>.Default);
        Console.WriteLine(string.Join(" ", again)); // expect: 2 4 8
        again.Sort((IComparer<int>)null);
        Console.WriteLine(string.Join(" ", again)); // expect: 2 4 8
        var one = new List<string> { "only" };
        var c2 = new ByLengthThenOrdinal();
        one.Sort(c2);
        Console.WriteLine(one[0] + " " + c2.Calls); // expect: only 0
    }
}
