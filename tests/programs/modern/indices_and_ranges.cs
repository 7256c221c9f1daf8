// Indices and ranges in element accesses (C# 8): `a[^1]` reads and writes from the end of arrays, strings and lists; `a[i..j]`, `a[..j]`, `a[i..]`, `a[..]` and `a[i..^k]` slice arrays into new arrays and strings into substrings; bounds are evaluated once, left to right.
// hand-checked: C# 8 feature mcs 6.8 cannot compile; output reasoned from the spec and run on Mono 6.8 and CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Program
{
    static int calls;
    static int Next(int v) { calls++; Console.WriteLine("bound " + v); return v; }

    static void Main()
    {
        int[] a = { 10, 20, 30, 40, 50 };
        Console.WriteLine(a[^1] + " " + a[^5]); // expect: 50 10
        a[^2] = 41;
        Console.WriteLine(a[3]); // expect: 41
        Console.WriteLine(string.Join(",", a[1..3])); // expect: 20,30
        Console.WriteLine(string.Join(",", a[..2]) + " / " + string.Join(",", a[3..])); // expect: 10,20 / 41,50
        Console.WriteLine(string.Join(",", a[1..^1]) + " / " + a[..].Length); // expect: 20,30,41 / 5
        var copy = a[..];
        copy[0] = 99;
        Console.WriteLine(a[0] + " " + copy[0]); // expect: 10 99
        Console.WriteLine(a[2..2].Length); // expect: 0

        string s = "Hello, World";
        Console.WriteLine(s[^1]); // expect: d
        Console.WriteLine(s[..5] + "|" + s[7..] + "|" + s[^5..^1]); // expect: Hello|World|Worl

        var list = new List<string> { "x", "y", "z" };
        Console.WriteLine(list[^1] + list[^3]); // expect: zx
        list[^1] = "w";
        Console.WriteLine(string.Join("", list)); // expect: xyw

        // expect: bound 1
        // expect: bound 3
        Console.WriteLine(string.Join(",", a[Next(1)..Next(3)]) + " " + calls); // expect: 20,30 2
        try
        {
            Console.WriteLine(a[^0]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("past the end"); // expect: past the end
        }
    }
}
