// Iterators: nested try/finally around yields, Dispose of an enumerator stopped early running the finally blocks innermost first, an exception leaving through finally, deferred execution step by step, lambdas made inside.
using System;
using System.Collections.Generic;
class Program {
    static IEnumerable<int> Deep() {
        try {
            yield return 1;
            try {
                yield return 2;
                yield return 3;
            } finally { Console.WriteLine("inner finally"); }
            yield return 4;
        } finally { Console.WriteLine("outer finally"); }
    }
    static IEnumerable<int> Throws() {
        try {
            yield return 1;
            throw new InvalidOperationException("bad");
        } finally { Console.WriteLine("cleanup"); }
    }
    static IEnumerable<string> Lazy(List<string> log) {
        log.Add("first");
        yield return "A";
        log.Add("second");
        yield return "B";
    }
    static IEnumerable<Func<int>> Makers() {
        for (int i = 0; i < 3; i++) { int j = i * i; yield return () => j; }
    }
    static void Main() {
        foreach (var x in Deep()) { Console.WriteLine(x); if (x == 2) break; }
        // expect: 1
        // expect: 2
        // expect: inner finally
        // expect: outer finally
        // expect: --
        // expect: 1
        // expect: 2
        // expect: 3
        // expect: inner finally
        // expect: 4
        // expect: outer finally
        // expect: --
        // expect: 1
        // expect: cleanup
        // expect: caught bad
        // expect: 0
        // expect: 1 A
        // expect: 2 B
        // expect: False
        // expect: 0 1 4 .
        // expect: at 3
        // expect: inner finally
        // expect: outer finally
        Console.WriteLine("--");
        foreach (var x in Deep()) Console.WriteLine(x);
        Console.WriteLine("--");
        try { foreach (var x in Throws()) Console.WriteLine(x); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        var log = new List<string>();
        var seq = Lazy(log);
        Console.WriteLine(log.Count);
        var en = seq.GetEnumerator();
        en.MoveNext();
        Console.WriteLine(log.Count + " " + en.Current);
        en.MoveNext();
        Console.WriteLine(log.Count + " " + en.Current);
        Console.WriteLine(en.MoveNext());
        foreach (var f in Makers()) Console.Write(f() + " ");
        Console.WriteLine(".");
        using (var e2 = Deep().GetEnumerator()) { e2.MoveNext(); e2.MoveNext(); e2.MoveNext(); Console.WriteLine("at " + e2.Current); }
    }
}
