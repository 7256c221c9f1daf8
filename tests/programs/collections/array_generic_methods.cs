// Array's generic helpers: Sort<T>(T[]), Sort<T>(T[], IComparer<T>), Sort(keys, items), IndexOf<T>, LastIndexOf<T>, Resize<T>, Empty<T>, Reverse.
using System;
using System.Collections.Generic;

class ByLastChar : IComparer<string>
{
    public int Compare(string a, string b)
    {
        return a[a.Length - 1].CompareTo(b[b.Length - 1]);
    }
}

class Score : IComparable<Score>
{
    public int Points;

    public Score(int p)
    {
        Points = p;
    }

    public int CompareTo(Score other)
    {
        return other.Points.CompareTo(Points);
    }
}

class Program
{
    static void Main()
    {
        int[] a = { 40, 10, 30, 20 };
        Array.Sort<int>(a);
        Console.WriteLine(string.Join(" ", a)); // expect: 10 20 30 40
        string[] s = { "abc", "xyz", "mno", "qrd" };
        Array.Sort(s, new ByLastChar());
        Console.WriteLine(string.Join(" ", s)); // expect: abc qrd mno xyz
        Score[] scores = { new Score(5), new Score(50), new Score(7) };
        Array.Sort(scores);
        Console.WriteLine(scores[0].Points + " " + scores[1].Points + " " + scores[2].Points); // expect: 50 7 5
        int[] part = { 9, 8, 7, 6, 5 };
        Array.Sort(part, 1, 3);
        Console.WriteLine(string.Join(" ", part)); // expect: 9 6 7 8 5
        int[] keys = { 3, 1, 2 };
        string[] items = { "three", "one", "two" };
        Array.Sort(keys, items);
        Console.WriteLine(string.Join(" ", keys) + " " + string.Join(" ", items)); // expect: 1 2 3 one two three
        Console.WriteLine(Array.IndexOf(a, 30) + " " + Array.IndexOf(a, 31)); // expect: 2 -1
        Console.WriteLine(Array.IndexOf<string>(s, "mno") + " " + Array.IndexOf(s, null)); // expect: 2 -1
        int[] rep = { 1, 2, 1, 2 };
        Console.WriteLine(Array.IndexOf(rep, 2, 2) + " " + Array.LastIndexOf(rep, 1)); // expect: 3 2
        Array.Resize(ref a, 6);
        Console.WriteLine(a.Length + " " + string.Join(" ", a)); // expect: 6 10 20 30 40 0 0
        Array.Resize(ref a, 2);
        Console.WriteLine(a.Length + " " + string.Join(" ", a)); // expect: 2 10 20
        int[] nothing = null;
        Array.Resize(ref nothing, 3);
        Console.WriteLine(nothing.Length); // expect: 3
        Console.WriteLine(Array.Empty<int>().Length + " " + Array.Empty<string>().Length); // expect: 0 0
        Console.WriteLine(object.ReferenceEquals(Array.Empty<int>(), Array.Empty<int>())); // expect: True
        char[] cs = { 'a', 'b', 'c', 'd', 'e' };
        Array.Reverse(cs);
        Console.WriteLine(new string(cs)); // expect: edcba
        Array.Reverse(cs, 1, 3);
        Console.WriteLine(new string(cs)); // expect: ebcda
        var asList = new List<int>(new int[] { 3, 1, 2 });
        int[] back = asList.ToArray();
        Array.Sort(back, new Descending());
        Console.WriteLine(string.Join(",", back)); // expect: 3,2,1
        Console.WriteLine(Array.BinarySearch(new int[] { 1, 3, 5 }, 4)); // expect: -3
    }
}

class Descending : IComparer<int>
{
    public int Compare(int x, int y)
    {
        return y - x;
    }
}
