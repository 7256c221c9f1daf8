// params arrays called with zero, one and many arguments, and with an explicit array.
using System;

class Program
{
    static int Sum(params int[] xs)
    {
        int s = 0;
        foreach (int x in xs) s += x;
        return s;
    }

    static string Join(string sep, params string[] parts)
    {
        string r = "";
        for (int i = 0; i < parts.Length; i++) r += (i > 0 ? sep : "") + parts[i];
        return r + " (" + parts.Length + ")";
    }

    static int Count(params object[] items) { return items.Length; }

    static void Main()
    {
        Console.WriteLine(Sum()); // expect: 0
        Console.WriteLine(Sum(5)); // expect: 5
        Console.WriteLine(Sum(1, 2, 3, 4)); // expect: 10
        Console.WriteLine(Sum(new int[] { 10, 20 })); // expect: 30
        Console.WriteLine(Join("-")); // expect:  (0)
        Console.WriteLine(Join("-", "a")); // expect: a (1)
        Console.WriteLine(Join(", ", "a", "b", "c")); // expect: a, b, c (3)
        Console.WriteLine(Count(1, "two", 3.0, 'c')); // expect: 4
        Console.WriteLine(Count()); // expect: 0
        Console.WriteLine(Count(new object[] { 1, 2 })); // expect: 2
        Console.WriteLine(Count((object)new object[] { 1, 2 })); // expect: 1
        byte b = 7;
        Console.WriteLine(Sum(b, 'a')); // expect: 104
    }
}
