// Array.Sort on int, double and string arrays (strings use the culture-aware default comparer).
using System;

class Program
{
    static void Main()
    {
        int[] ints = { 5, -2, 9, 0, 3, -2 };
        Array.Sort(ints);
        Console.WriteLine(string.Join(" ", ints)); // expect: -2 -2 0 3 5 9
        double[] ds = { 2.5, -1.0, 0.25, 10 };
        Array.Sort(ds);
        Console.WriteLine(string.Join(" ", ds)); // expect: -1 0.25 2.5 10
        string[] words = { "pear", "apple", "fig", "banana" };
        Array.Sort(words);
        Console.WriteLine(string.Join(" ", words)); // expect: apple banana fig pear
        long[] ls = { 3000000000, -1, 2 };
        Array.Sort(ls);
        Console.WriteLine(ls[0] + " " + ls[2]); // expect: -1 3000000000
        char[] cs = "sharp".ToCharArray();
        Array.Sort(cs);
        Console.WriteLine(new string(cs)); // expect: ahprs
        int[] empty = new int[0];
        Array.Sort(empty);
        Console.WriteLine(empty.Length); // expect: 0
    }
}
