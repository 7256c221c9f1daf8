// A recursive constraint where T : IComparable<T>: generic Max/Min/Clamp with ints, strings, doubles and a user type.
using System;

class Ver : IComparable<Ver>
{
    public int Major, Minor;
    public Ver(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Ver other)
    {
        if (Major != other.Major) return Major.CompareTo(other.Major);
        return Minor.CompareTo(other.Minor);
    }
    public override string ToString() { return "v" + Major + "." + Minor; }
}

struct Score : IComparable<Score>
{
    public int Points;
    public Score(int p) { Points = p; }
    public int CompareTo(Score other) { return Points - other.Points; }
    public override string ToString() { return Points + "pts"; }
}

class Program
{
    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    static T Min<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) <= 0 ? a : b; }
    static T Clamp<T>(T x, T lo, T hi) where T : IComparable<T> { return Max(lo, Min(x, hi)); }
    static T MaxOf<T>(T[] xs) where T : IComparable<T>
    {
        T best = xs[0];
        for (int i = 1; i < xs.Length; i++) best = Max(best, xs[i]);
        return best;
    }

    static void Main()
    {
        Console.WriteLine(Max(3, 7)); // expect: 7
        Console.WriteLine(Min(3, 7)); // expect: 3
        Console.WriteLine(Max("apple", "banana")); // expect: banana
        Console.WriteLine(Max(2.5, -1.0)); // expect: 2.5
        Console.WriteLine(Max('a', 'Z')); // expect: a
        Console.WriteLine(Clamp(15, 0, 10)); // expect: 10
        Console.WriteLine(Clamp(-5, 0, 10)); // expect: 0
        Console.WriteLine(Clamp(5, 0, 10)); // expect: 5
        Console.WriteLine(Max(new Ver(1, 2), new Ver(1, 10))); // expect: v1.10
        Console.WriteLine(Min(new Ver(2, 0), new Ver(1, 99))); // expect: v1.99
        Console.WriteLine(MaxOf(new int[] { 4, 9, 2, 9, 1 })); // expect: 9
        Console.WriteLine(MaxOf(new string[] { "pear", "fig", "plum" })); // expect: plum
        Console.WriteLine(MaxOf(new Score[] { new Score(10), new Score(30), new Score(20) })); // expect: 30pts
        Console.WriteLine(Clamp(new Score(50), new Score(0), new Score(40))); // expect: 40pts
        Console.WriteLine(MaxOf(new long[] { -1L, -20L, long.MinValue })); // expect: -1
    }
}
