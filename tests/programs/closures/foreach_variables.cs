// Closures over foreach variables: since C# 5 each iteration has a fresh variable, over arrays, List<T>, strings, nested foreach loops and a body local alongside.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var fromArray = new List<Func<int>>();
        int[] nums = { 3, 1, 4, 1, 5 };
        foreach (int x in nums) fromArray.Add(() => x * 2);
        foreach (var f in fromArray) Console.Write(f() + " ");
        Console.WriteLine("|");

        var names = new List<string> { "ann", "bob", "cy" };
        var greet = new List<Func<string, string>>();
        foreach (string name in names) greet.Add(g => g + ", " + name);
        foreach (var f in greet) Console.WriteLine(f("hi"));

        // foreach over a string
        var chars = new List<Func<char>>();
        foreach (char c in "xyz") chars.Add(() => c);
        string back = "";
        for (int i = chars.Count - 1; i >= 0; i--) back += chars[i]();
        Console.WriteLine(back);

        // nested foreach: both iteration variables captured
        var pairs = new List<Func<string>>();
        foreach (var a in new[] { "A", "B" })
            foreach (var b in new List<int> { 1, 2, 3 })
                pairs.Add(() => a + b);
        string all = "";
        foreach (var p in pairs) all += p();
        Console.WriteLine(all);

        // foreach variable plus a body local that the closure mutates
        var accs = new List<Func<int>>();
        foreach (int start in new[] { 10, 20 })
        {
            int n = start;
            accs.Add(() => n += start);
        }
        accs[0](); accs[0]();
        accs[1]();
        Console.WriteLine(accs[0]() + " " + accs[1]());

        // foreach over a list of objects: the closure sees later mutations of the object
        var boxes = new List<int[]> { new[] { 1 }, new[] { 2 } };
        var readers = new List<Func<int>>();
        foreach (var box in boxes) readers.Add(() => box[0]);
        boxes[0][0] = 100;
        Console.WriteLine(readers[0]() + readers[1]());

        // a shared accumulator captured alongside the per-iteration variable
        int total = 0;
        var adders = new List<Action>();
        foreach (var v in new[] { 1, 10, 100 }) adders.Add(() => total += v);
        foreach (var add in adders) add();
        foreach (var add in adders) add();
        Console.WriteLine(total);

        // foreach over a Dictionary's keys
        var dict = new Dictionary<string, int>();
        dict["one"] = 1;
        dict["two"] = 2;
        var keyFns = new List<Func<string>>();
        foreach (var kv in dict) keyFns.Add(() => kv.Key + "=" + kv.Value);
        foreach (var f in keyFns) Console.WriteLine(f());
    }
}
// expect: 6 2 8 2 10 |
// expect: hi, ann
// expect: hi, bob
// expect: hi, cy
// expect: zyx
// expect: A1A2A3B1B2B3
// expect: 40 60
// expect: 102
// expect: 222
// expect: one=1
// expect: two=2
