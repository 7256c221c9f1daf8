// Pattern variables declared in an if that is a loop's whole body (no braces) and captured by lambdas: each iteration gets fresh variables, for foreach, for and while loops and for declaration, var and property-pattern designations.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec
using System;
using System.Collections.Generic;

class Key { public char Char; public int Time; }

class Program
{
    static void Main()
    {
        var items = new object[] { 1, "two", 3, new Key { Char = 'k', Time = 9 } };
        var actions = new List<Func<string>>();
        foreach (var item in items)
            if (item is int n)
                actions.Add(() => "int " + n);
        foreach (var item in items)
            if (item is Key { Char: var ch } key)
                actions.Add(() => ch + "@" + key.Time);
        for (int i = 0; i < items.Length; i++)
            if (items[i] is string s) actions.Add(() => "string " + s);
        int j = 0;
        while (j < 2)
            if (items[j++] is var v) actions.Add(() => "var " + v);
        foreach (var a in actions) Console.WriteLine(a());
    }
}
// expect: int 1
// expect: int 3
// expect: k@9
// expect: string two
// expect: var 1
// expect: var two
