// Closures in static methods and in Main: capturing locals alongside static fields, lambdas created in switch sections, in a static constructor, in conditional expressions, and passed as arguments to other static methods.
using System;
using System.Collections.Generic;

class Program
{
    static int calls;
    static Func<int, int> fromCctor;
    static readonly List<string> events = new List<string>();

    static Program()
    {
        int seed = 7;
        fromCctor = x => x * seed + calls;
    }

    static Func<int, int> Pick(string op, int operand)
    {
        Func<int, int> result;
        switch (op)
        {
            case "+":
            {
                int plus = operand;
                result = x => x + plus;
                break;
            }
            case "*":
                result = x => { calls++; return x * operand; };
                break;
            case "neg":
            default:
            {
                string label = op;
                result = x => { events.Add(label); return -x; };
                break;
            }
        }
        return result;
    }

    static int Apply(Func<int, int> f, int times, int start)
    {
        int v = start;
        for (int i = 0; i < times; i++) v = f(v);
        return v;
    }

    static int Twice(Func<int> f) { return f() + f(); }

    static void Main()
    {
        Console.WriteLine(Apply(Pick("+", 3), 4, 0));
        Console.WriteLine(Apply(Pick("*", 2), 5, 1) + " " + calls);
        Console.WriteLine(Apply(Pick("neg", 0), 3, 9) + " " + Apply(Pick("?", 0), 1, 4) + " " + string.Join(",", events.ToArray()));
        Console.WriteLine(fromCctor(2));

        // a lambda chosen by a conditional expression, each branch capturing different locals
        int low = 1, high = 1000;
        bool useHigh = false;
        Func<int> chooser = useHigh ? (Func<int>)(() => high) : () => low;
        low = 2;
        Console.WriteLine(chooser());

        // a local captured by a lambda passed as an argument, mutated by the callee's calls
        int n = 0;
        Console.WriteLine(Twice(() => ++n) + " " + n);

        // closures created in a switch inside a loop, each case with its own locals
        var fs = new List<Func<string>>();
        for (int i = 0; i < 4; i++)
        {
            switch (i % 3)
            {
                case 0: { int a = i; fs.Add(() => "zero" + a); break; }
                case 1: { string b = "one"; fs.Add(() => b + i); break; }
                default: { fs.Add(() => "two"); break; }
            }
        }
        foreach (var f in fs) Console.Write(f() + " ");
        Console.WriteLine(fs.Count);

        // static field and local updated from the same closure
        int localHits = 0;
        calls = 0;
        Action hit = () => { localHits++; calls += 10; };
        hit(); hit(); hit();
        Console.WriteLine(localHits + " " + calls);
    }
}
// expect: 12
// expect: 32 5
// expect: -9 -4 neg,neg,neg,?
// expect: 19
// expect: 2
// expect: 3 2
// expect: zero0 one4 two zero3 4
// expect: 3 30
