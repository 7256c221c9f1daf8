// Anonymous methods without a parameter list (`delegate { ... }`) converted to delegates whose parameters they ignore: EventHandler, Action<int, string>, Func<string, int, bool>, a custom delegate, as event subscribers, passed to generic methods, and mixed with lambdas in one multicast.
using System;
using System.Collections.Generic;
delegate string Formatter(string name, int width, char pad);
class Downloader {
    public event EventHandler Started;
    public event Action<int, string> Progress;
    public void Run(string file) {
        if (Started != null) Started(this, EventArgs.Empty);
        for (int p = 50; p <= 100; p += 50) if (Progress != null) Progress(p, file);
    }
}
class Program {
    static int Count<T>(List<T> xs, Func<T, bool> pred) {
        int n = 0;
        foreach (var x in xs) if (pred(x)) n++;
        return n;
    }
    static void Twice<T>(Action<T> a, T value) { a(value); a(value); }
    static void Main() {
        var log = new List<string>();
        var d = new Downloader();
        d.Started += delegate { log.Add("started"); };
        d.Progress += delegate { log.Add("tick"); };
        d.Progress += (p, file) => log.Add(file + "@" + p);
        d.Run("a.txt");
        // expect: started,tick,a.txt@50,tick,a.txt@100
        Console.WriteLine(string.Join(",", log));
        // expect: 3
        var names = new List<string> { "x", "y", "z" };
        Console.WriteLine(Count(names, delegate { return true; }));
        // expect: 0
        Console.WriteLine(Count<string>(names, delegate { return false; }));
        // expect: ok ok |
        Twice<int>(delegate { Console.Write("ok "); }, 5);
        Console.WriteLine("|");
        // expect: fixed fixed
        Formatter f = delegate { return "fixed"; };
        Console.WriteLine(f("abc", 10, '*') + " " + f(null, 0, ' '));
        // expect: [abc*******]
        Formatter real = delegate (string name, int width, char pad) { return "[" + name.PadRight(width, pad) + "]"; };
        Console.WriteLine(real("abc", 10, '*'));
        // expect: 3
        int calls = 0;
        Func<string, int, bool> check = delegate { calls++; return calls % 2 == 1; };
        check("a", 1); check("b", 2);
        Console.WriteLine(check("c", 3) ? calls : -1);
        // expect: 4
        Action<object, EventArgs> handler = delegate { calls++; };
        EventHandler eh = delegate { calls--; };
        handler(null, null);
        eh(null, EventArgs.Empty); eh(null, EventArgs.Empty);
        Console.WriteLine(calls + 2);
        // expect: b.c
        Comparison<string> alwaysEqual = delegate { return 0; };
        var kept = new List<string> { "b" };
        kept.Sort(alwaysEqual);
        Predicate<string> rejectAll = delegate { return false; };
        kept.RemoveAll(rejectAll);
        kept.Add("c");
        Console.WriteLine(string.Join(".", kept));
        // expect: noop done
        Action<int> noop = delegate { };
        noop += delegate (int v) { Console.Write(v == 7 ? "noop " : "? "); };
        noop(7);
        Console.WriteLine("done");
    }
}
