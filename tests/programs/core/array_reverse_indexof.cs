// Array.Reverse, Array.IndexOf, Array.Copy and Array.Clear on one-dimensional arrays.
using System;

class Program
{
    static void Main()
    {
        int[] a = { 1, 2, 3, 4, 5 };
        Array.Reverse(a);
        Console.WriteLine(string.Join(",", a)); // expect: 5,4,3,2,1
        Console.WriteLine(Array.IndexOf(a, 3)); // expect: 2
        Console.WriteLine(Array.IndexOf(a, 42)); // expect: -1
        string[] s = { "x", "y", "x" };
        Console.WriteLine(Array.IndexOf(s, "x")); // expect: 0
        Console.WriteLine(Array.LastIndexOf(s, "x")); // expect: 2
        Array.Reverse(s);
        Console.WriteLine(string.Join("", s)); // expect: xyx
        int[] copy = new int[3];
        Array.Copy(a, 1, copy, 0, 3);
        Console.WriteLine(string.Join(",", copy)); // expect: 4,3,2
        Array.Clear(a, 0, 2);
        Console.WriteLine(string.Join(",", a)); // expect: 0,0,3,2,1
        int[] clone = (int[])copy.Clone();
        clone[0] = 99;
        Console.WriteLine(copy[0] + " " + clone[0]); // expect: 4 99
    }
}
