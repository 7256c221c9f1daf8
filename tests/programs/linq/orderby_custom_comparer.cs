// OrderBy/ThenBy and their Descending forms with a custom IComparer<T>: version strings compared numerically, case-insensitive names with StringComparer, and a comparer that counts its calls.
using System;
using System.Collections.Generic;
using System.Linq;

class VersionComparer : IComparer<string>
{
    public int Compare(string a, string b)
    {
        var pa = a.Split('.').Select(int.Parse).ToArray();
        var pb = b.Split('.').Select(int.Parse).ToArray();
        for (int i = 0; i < Math.Min(pa.Length, pb.Length); i++)
            if (pa[i] != pb[i]) return pa[i].CompareTo(pb[i]);
        return pa.Length.CompareTo(pb.Length);
    }
}

class ByLength : IComparer<string>
{
    public int Calls;
    public int Compare(string a, string b) { Calls++; return a.Length - b.Length; }
}

class Program
{
    static void Main()
    {
        var versions = new[] { "1.10", "1.2", "1.2.1", "0.9", "10.0", "2.0" };
        Console.WriteLine(string.Join(" ", versions.OrderBy(v => v))); // expect: 0.9 1.10 1.2 1.2.1 10.0 2.0
        Console.WriteLine(string.Join(" ", versions.OrderBy(v => v, new VersionComparer()))); // expect: 0.9 1.2 1.2.1 1.10 2.0 10.0
        Console.WriteLine(string.Join(" ", versions.OrderByDescending(v => v, new VersionComparer()))); // expect: 10.0 2.0 1.10 1.2.1 1.2 0.9

        var names = new[] { "bob", "Alice", "carl", "ALICE", "Bob", "dave" };
        var ordinal = names.OrderBy(n => n, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", ordinal)); // expect: ALICE Alice Bob bob carl dave
        var ignoreCase = names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ignoreCase)); // expect: Alice ALICE bob Bob carl dave
        var thenOrdinal = names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", thenOrdinal)); // expect: ALICE Alice Bob bob carl dave
        var thenDesc = names.OrderBy(n => n.Length).ThenByDescending(n => n, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", thenDesc)); // expect: bob Bob dave carl Alice ALICE

        var words = new[] { "pear", "fig", "banana", "kiwi", "apple", "plum" };
        var byLen = new ByLength();
        var sorted = words.OrderBy(w => w, byLen).ToList();
        Console.WriteLine(string.Join(" ", sorted)); // expect: fig pear kiwi plum apple banana
        Console.WriteLine(byLen.Calls > 0); // expect: True
        Console.WriteLine(string.Join(" ", words.OrderByDescending(w => w, new ByLength()).ThenBy(w => w))); // expect: banana apple kiwi pear plum fig

        // A delegate-backed comparer of our own.
        var byLastChar = new DelegateComparer<string>((a, b) => a[a.Length - 1].CompareTo(b[b.Length - 1]));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, byLastChar))); // expect: banana apple fig kiwi plum pear
    }
}

class DelegateComparer<T> : IComparer<T>
{
    Func<T, T, int> cmp;
    public DelegateComparer(Func<T, T, int> cmp) { this.cmp = cmp; }
    public int Compare(T a, T b) { return cmp(a, b); }
}
