// The ?? operator on strings: the right side only when the left is null.
using System;

class Program
{
    static string Make(string s)
    {
        Console.Write("(make)");
        return s;
    }

    static void Main()
    {
        string s = null;
        Console.WriteLine(s ?? "default"); // expect: default
        string t = "value";
        Console.WriteLine(t ?? "default"); // expect: value
        Console.WriteLine(t ?? Make("x")); // expect: value
        Console.WriteLine(s ?? Make("x")); // expect: (make)x
        string u = null;
        Console.WriteLine(s ?? u ?? "last"); // expect: last
        Console.WriteLine((s ?? "").Length); // expect: 0
        object o = null;
        Console.WriteLine(o ?? "obj"); // expect: obj
        Console.WriteLine(s == null); // expect: True
    }
}
