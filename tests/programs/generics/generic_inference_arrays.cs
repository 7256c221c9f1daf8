// Type inference from array parameters T[] (and T[][]), with generic helpers on arrays.
using System;

class Program
{
    static T Last<T>(T[] a) { return a[a.Length - 1]; }
    static string Elem<T>(T[] a) { return typeof(T).Name; }
    static void Reverse<T>(T[] a)
    {
        for (int i = 0, j = a.Length - 1; i < j; i++, j--)
        {
            T t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
    static int IndexOf<T>(T[] a, T x)
    {
        for (int i = 0; i < a.Length; i++) if (a[i].Equals(x)) return i;
        return -1;
    }
    static T[] Concat<T>(T[] a, T[] b)
    {
        T[] r = new T[a.Length + b.Length];
        for (int i = 0; i < a.Length; i++) r[i] = a[i];
        for (int i = 0; i < b.Length; i++) r[a.Length + i] = b[i];
        return r;
    }
    static int TotalLength<T>(T[][] jag)
    {
        int n = 0;
        foreach (T[] row in jag) n += row.Length;
        return n;
    }
    static string Join<T>(T[] a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++) s += (i > 0 ? "," : "") + a[i];
        return s;
    }

    static void Main()
    {
        int[] nums = { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(Last(nums)); // expect: 42
        Console.WriteLine(Elem(nums)); // expect: Int32
        Console.WriteLine(Elem(new string[] { "a" })); // expect: String
        Console.WriteLine(Elem(new int[][] { nums })); // expect: Int32[]
        Reverse(nums);
        Console.WriteLine(Join(nums)); // expect: 42,23,16,15,8,4
        Console.WriteLine(IndexOf(nums, 15)); // expect: 3
        Console.WriteLine(IndexOf(nums, 99)); // expect: -1
        string[] words = { "x", "y" };
        string[] more = Concat(words, new string[] { "z" });
        Console.WriteLine(Join(more)); // expect: x,y,z
        Console.WriteLine(IndexOf(more, "z")); // expect: 2
        char[] cs = { 'a', 'b', 'c' };
        Reverse(cs);
        Console.WriteLine(new string(cs)); // expect: cba
        Console.WriteLine(TotalLength(new int[][] { new int[2], new int[3], new int[0] })); // expect: 5
        Console.WriteLine(TotalLength(new string[][] { more, words })); // expect: 5
        double[] ds = Concat(new double[] { 0.5 }, new double[] { 1.25, 2 });
        Console.WriteLine(Join(ds)); // expect: 0.5,1.25,2
        Console.WriteLine(Last(Concat(nums, nums))); // expect: 4
    }
}
