// Generic methods with params T[] (inference from the individual arguments) and optional parameters of generic types (T x = default(T)).
using System;

class Program
{
    static T[] Of<T>(params T[] xs) { return xs; }
    static int Count<T>(params T[] xs) { return xs.Length; }
    static string Kind<T>(params T[] xs) { return typeof(T).Name + "[" + xs.Length + "]"; }
    static string Opt<T>(T x = default(T), string tag = "none") { return (x == null ? "null" : x.ToString()) + "/" + tag; }
    static string Label<T>(T x, string prefix = "#") { return prefix + x; }

    static void Main()
    {
        int[] a = Of(1, 2, 3);
        Console.WriteLine(a.Length + " " + a[2]); // expect: 3 3
        Console.WriteLine(Of("x", "y")[1]); // expect: y
        Console.WriteLine(Kind(1, 2)); // expect: Int32[2]
        Console.WriteLine(Kind("a")); // expect: String[1]
        Console.WriteLine(Kind(1, 2L)); // expect: Int64[2]
        Console.WriteLine(Kind<object>(1, "b", 'c')); // expect: Object[3]
        Console.WriteLine(Kind<int>()); // expect: Int32[0]
        Console.WriteLine(Kind(new int[] { 4, 5, 6, 7 })); // expect: Int32[4]
        Console.WriteLine(Count<string>(null, null)); // expect: 2
        Console.WriteLine(Opt(5)); // expect: 5/none
        Console.WriteLine(Opt<int>()); // expect: 0/none
        Console.WriteLine(Opt<string>()); // expect: null/none
        Console.WriteLine(Opt("s", "tagged")); // expect: s/tagged
        Console.WriteLine(Opt<double>(tag: "named")); // expect: 0/named
        Console.WriteLine(Label(3)); // expect: #3
        Console.WriteLine(Label('q', "@")); // expect: @q
    }
}
