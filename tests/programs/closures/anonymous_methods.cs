// Anonymous methods (delegate { ... } and delegate (params) { ... }) capturing locals and parameters, with and without a parameter list, nested in lambdas and holding lambdas.
using System;
using System.Collections.Generic;

delegate int IntOp(int x);
delegate void Notify(string msg);

class Program
{
    static Action MakeBeeper(string sound, int times)
    {
        return delegate
        {
            string s = "";
            for (int i = 0; i < times; i++) s += sound;
            Console.WriteLine(s);
            times++;
        };
    }

    static void Main()
    {
        int count = 0;
        Action inc = delegate { count++; };
        inc(); inc();
        Console.WriteLine(count);

        // parameterless anonymous method converted to a delegate type with parameters
        int seen = 0;
        Action<int, string> ignore = delegate { seen++; };
        ignore(1, "a");
        ignore(2, "b");
        Console.WriteLine(seen);
        IntOp constant = delegate { return seen * 100; };
        Console.WriteLine(constant(5));

        // with parameters, capturing a local
        int offset = 3;
        IntOp addOffset = delegate (int x) { return x + offset; };
        offset = 30;
        Console.WriteLine(addOffset(1));

        // custom void delegate writing to a captured list
        var log = new List<string>();
        string tag = "[n]";
        Notify note = delegate (string m) { log.Add(tag + m); };
        note("one");
        tag = "[N]";
        note("two");
        Console.WriteLine(string.Join(" ", log.ToArray()));

        // returned from a method: parameters outlive it
        Action beep = MakeBeeper("ab", 2);
        beep();
        beep();

        // an anonymous method returning a lambda that captures the anonymous method's local
        Func<Func<int>> factory = delegate
        {
            int made = count * 10;
            return () => ++made;
        };
        Func<int> g = factory();
        g();
        Console.WriteLine(g());

        // a lambda returning an anonymous method
        Func<int, Func<int, int>> mult = k => delegate (int v) { return k * v; };
        Console.WriteLine(mult(6)(7));

        // an anonymous method in a loop with a body local
        var acts = new List<Action>();
        for (int i = 0; i < 3; i++)
        {
            int square = i * i;
            acts.Add(delegate { Console.Write(square + ";"); });
        }
        foreach (Action a in acts) a();
        Console.WriteLine();

        // an anonymous method with a multi-statement body and early return
        int limit = 10;
        Func<int, string> classify = delegate (int v)
        {
            if (v > limit) return "big";
            limit--;
            return "small";
        };
        Console.WriteLine(classify(10) + " " + classify(10) + " " + limit);
    }
}
// expect: 2
// expect: 2
// expect: 200
// expect: 31
// expect: [n]one [N]two
// expect: abab
// expect: ababab
// expect: 22
// expect: 42
// expect: 0;1;4;
// expect: small big 9
