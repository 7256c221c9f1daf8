// Array.Sort of objects compares them as Comparer.Default does (null
// first, strings by culture, then IComparable), with .NET's introsort, so
// items sorted by keys end in .NET's order even where keys tie. A
// CompareTo that throws surfaces as InvalidOperationException.
using System;

class Version : IComparable
{
    public int Major;
    public Version(int major) { Major = major; }
    public int CompareTo(object other) { return Major.CompareTo(((Version)other).Major); }
    public override string ToString() { return "v" + Major; }
}

class Bad : IComparable
{
    public int CompareTo(object other) { throw new Exception("no order"); }
}

class Program
{
    static void Print(Array a)
    {
        string line = "";
        for (int i = 0; i < a.Length; i++) line += (i == 0 ? "" : " ") + (a.GetValue(i) ?? "null");
        Console.WriteLine(line);
    }

    static void Main()
    {
        var versions = new Version[] { new Version(3), new Version(1), null, new Version(2) };
        Array.Sort(versions);
        Print(versions);

        int[] keys = { 3, 1, 2, 1, 3, 0 };
        string[] items = { "c", "a1", "b", "a2", "c2", "z" };
        Array.Sort(keys, items);
        Print(keys);
        Print(items);

        object[] words = { "pear", "apple", "fig", null, "banana" };
        Array.Sort(words);
        Print(words);

        var many = new Version[40];
        for (int i = 0; i < many.Length; i++) many[i] = new Version((i * 17) % 23);
        Array.Sort(many, 5, 30);
        Print(many);

        int[] dup = new int[30];
        string[] tags = new string[30];
        for (int i = 0; i < 30; i++) { dup[i] = i % 4; tags[i] = "t" + i; }
        Array.Sort(dup, tags);
        Print(tags);

        try
        {
            Array.Sort(new object[] { new Bad(), new Bad() });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " / " + e.InnerException.Message);
        }
        try
        {
            Array.Sort(new object[] { new object(), new object() });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.InnerException.Message);
        }
    }
}

// expect: null v1 v2 v3
// expect: 0 1 1 2 3 3
// expect: z a1 a2 b c c2
// expect: null apple banana fig pear
// expect: v0 v17 v11 v5 v22 v0 v1 v2 v3 v3 v4 v4 v5 v6 v7 v8 v9 v9 v10 v10 v11 v12 v13 v14 v15 v15 v16 v16 v17 v18 v19 v20 v21 v21 v22 v20 v14 v8 v2 v19
// expect: t0 t24 t4 t20 t16 t8 t28 t12 t25 t21 t17 t13 t29 t9 t1 t5 t10 t26 t2 t22 t14 t18 t6 t11 t23 t7 t15 t27 t19 t3
// expect: Failed to compare two elements in the array. / no order
// expect: At least one object must implement IComparable.
