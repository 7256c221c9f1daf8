// An extension method is found when no method of the receiver's type
// applies (§12.8.10.3): `data.Reverse()` on an array reaches the extension
// past the static `Array.Reverse(Array)`, and an instance method that
// applies still wins over an extension; `f.IsBar()` invokes the extension
// though f's type has a property of that name.
using System;
using System.Collections.Generic;

static class Sequences
{
    public static List<T> Reverse<T>(this T[] items)
    {
        var list = new List<T>(items);
        list.Reverse();
        return list;
    }

    public static string Describe(this Counter c, string prefix) { return prefix + " extension"; }
    public static string Describe(this Counter c) { return "extension"; }
    public static bool IsBar(this Counter c) { return !c.IsBar; }
}

class Counter
{
    public string Describe(int n) { return "instance " + n; }
    public bool IsBar { get { return false; } }
}

class Program
{
    static void Main()
    {
        string[] data = { "a", "b", "c" };
        Console.WriteLine(string.Join(",", data.Reverse()));
        var c = new Counter();
        Console.WriteLine(c.Describe(1) + " / " + c.Describe("x") + " / " + c.Describe());
        Console.WriteLine(c.IsBar + " " + c.IsBar());
    }
}
// expect: c,b,a
// expect: instance 1 / x extension / extension
// expect: False True
