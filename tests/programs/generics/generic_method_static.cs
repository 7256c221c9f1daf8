// Static generic methods in a non-generic class, called with explicit type arguments.
using System;

static class Util
{
    public static T Identity<T>(T x) { return x; }
    public static T[] Repeat<T>(T x, int n)
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = x;
        return r;
    }
    public static string Describe<T>(T x) { return typeof(T).Name + ":" + x; }
    public static U Second<T, U>(T a, U b) { return b; }
    public static T Default<T>() { return default(T); }
    public static int CountOf<T>(T[] items, T probe)
    {
        int c = 0;
        foreach (T t in items) if (object.Equals(t, probe)) c++;
        return c;
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Util.Identity<int>(5)); // expect: 5
        Console.WriteLine(Util.Identity<string>("s")); // expect: s
        Console.WriteLine(Util.Identity<object>(3)); // expect: 3
        Console.WriteLine(Util.Identity<long>(5) * 1000000000000L); // expect: 5000000000000
        string[] rs = Util.Repeat<string>("ab", 3);
        Console.WriteLine(rs.Length + " " + rs[0] + rs[1] + rs[2]); // expect: 3 ababab
        Console.WriteLine(Util.Describe<int>(12)); // expect: Int32:12
        Console.WriteLine(Util.Describe<object>(12)); // expect: Object:12
        Console.WriteLine(Util.Describe<string>("q")); // expect: String:q
        Console.WriteLine(Util.Describe<double>(2)); // expect: Double:2
        Console.WriteLine(Util.Second<int, string>(1, "two")); // expect: two
        Console.WriteLine(Util.Second<string, char>("one", 'c')); // expect: c
        Console.WriteLine(Util.Default<int>()); // expect: 0
        Console.WriteLine(Util.Default<string>() == null); // expect: True
        Console.WriteLine(Util.Default<bool>()); // expect: False
        Console.WriteLine(Util.CountOf<int>(new int[] { 1, 2, 1, 3, 1 }, 1)); // expect: 3
        Console.WriteLine(Util.CountOf<string>(new string[] { "a", null, "a", null }, null)); // expect: 2
    }
}
