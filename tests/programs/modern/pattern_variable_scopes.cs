// Pattern variables and definite assignment: a variable from `if (!(o is int n)) return;` used after the if, `is not` with early continue, variables in && chains and ternaries, in while conditions re-bound each iteration, in case sections, and the same name reused in separate statements.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Program
{
    static int Doubled(object o)
    {
        if (!(o is int n)) return -1;
        return n * 2;
    }

    static string Upper(object o)
    {
        if (o is not string s) return "<not a string>";
        return s.ToUpper();
    }

    static int SumInts(List<object> items)
    {
        int sum = 0;
        foreach (var item in items)
        {
            if (item is not int k) continue;
            sum += k;
        }
        return sum;
    }

    static void Main()
    {
        Console.WriteLine(Doubled(21) + " " + Doubled("21") + " " + Doubled(null));
        Console.WriteLine(Upper("abc") + " " + Upper(3));
        Console.WriteLine(SumInts(new List<object> { 1, "2", 3, 4.0, null, 5 }));

        object a = "hello", b = 7;
        if (a is string s && s.Length > 3 && b is int i && i > 5)
            Console.WriteLine($"both: {s} {i}");
        string t = a is string str ? str + "!" : "none";
        Console.WriteLine(t);

        var queue = new Queue<object>(new object[] { 1, 2, "stop", 3 });
        object head = null;
        while (queue.Count > 0 && (head = queue.Dequeue()) != null && head is int next)
            Console.Write(next + ",");
        Console.WriteLine(" left " + queue.Count + " stopped at " + head);

        object[] things = { 10, "x", 2.5 };
        foreach (var thing in things)
        {
            switch (thing)
            {
                case int v when v > 5:
                    Console.WriteLine("int " + (v + 1));
                    break;
                case string v:
                    Console.WriteLine("string " + v + v);
                    break;
                case var v:
                    Console.WriteLine("other " + v.GetType().Name);
                    break;
            }
        }

        if (a is string x1) Console.WriteLine("first " + x1.Length);
        if (b is int x2 && x2 is > 0) Console.WriteLine("second " + x2);
        bool isShort = a is string { Length: < 10 } sh && sh.StartsWith("he");
        Console.WriteLine(isShort);
    }
}
// expect: 42 -1 -1
// expect: ABC <not a string>
// expect: 9
// expect: both: hello 7
// expect: hello!
// expect: 1,2, left 1 stopped at stop
// expect: int 11
// expect: string xx
// expect: other Double
// expect: first 5
// expect: second 7
// expect: True
