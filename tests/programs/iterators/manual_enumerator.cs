// Iterators driven by hand: IEnumerator<T> with explicit MoveNext/Current/Dispose, using statements around enumerators, Dispose before the first MoveNext, in the middle and after the end, MoveNext after Dispose, Reset throwing NotSupportedException, and merging and zipping two sequences with two live enumerators.
using System;
using System.Collections;
using System.Collections.Generic;
class Program {
    static IEnumerable<int> Guarded(string name, params int[] xs) {
        Console.WriteLine(name + " start");
        try {
            foreach (var x in xs) yield return x;
        } finally {
            Console.WriteLine(name + " finally");
        }
    }
    static IEnumerable<int> Merge(IEnumerable<int> a, IEnumerable<int> b) {
        using (var ea = a.GetEnumerator())
        using (var eb = b.GetEnumerator()) {
            bool ha = ea.MoveNext(), hb = eb.MoveNext();
            while (ha && hb) {
                if (ea.Current <= eb.Current) { yield return ea.Current; ha = ea.MoveNext(); }
                else { yield return eb.Current; hb = eb.MoveNext(); }
            }
            while (ha) { yield return ea.Current; ha = ea.MoveNext(); }
            while (hb) { yield return eb.Current; hb = eb.MoveNext(); }
        }
    }
    static IEnumerable<string> Zip(IEnumerable<int> a, IEnumerable<string> b) {
        using (IEnumerator<int> ea = a.GetEnumerator()) {
            using (IEnumerator<string> eb = b.GetEnumerator()) {
                while (ea.MoveNext() && eb.MoveNext()) yield return ea.Current + eb.Current;
            }
        }
    }
    static void Main() {
        IEnumerator<int> e = Guarded("A", 1, 2, 3).GetEnumerator();
        Console.WriteLine("got enumerator");
        while (e.MoveNext()) Console.WriteLine("A " + e.Current);
        Console.WriteLine("after end " + e.MoveNext());
        e.Dispose();
        Console.WriteLine("-- dispose before start");
        var e2 = Guarded("B", 1).GetEnumerator();
        e2.Dispose();
        Console.WriteLine("B moved " + e2.MoveNext());
        Console.WriteLine("-- dispose in the middle");
        using (var e3 = Guarded("C", 10, 20, 30).GetEnumerator()) {
            e3.MoveNext();
            Console.WriteLine("C " + e3.Current);
            e3.MoveNext();
            Console.WriteLine("C " + e3.Current);
        }
        Console.WriteLine("-- disposing twice");
        var e4 = Guarded("D", 5).GetEnumerator();
        e4.MoveNext();
        e4.Dispose();
        e4.Dispose();
        Console.WriteLine("D moved " + e4.MoveNext());
        Console.WriteLine("-- reset");
        IEnumerator ne = Guarded("E", 7).GetEnumerator();
        ne.MoveNext();
        Console.WriteLine("E " + ne.Current);
        try { ne.Reset(); Console.WriteLine("reset ok"); }
        catch (NotSupportedException) { Console.WriteLine("reset not supported"); }
        ((IDisposable)ne).Dispose();
        Console.WriteLine("-- merge");
        string merged = "";
        foreach (var x in Merge(Guarded("L", 1, 4, 9), Guarded("R", 2, 3, 10, 11))) merged += x + " ";
        Console.WriteLine(merged.TrimEnd());
        Console.WriteLine("-- merge stopped early");
        foreach (var x in Merge(Guarded("L", 1, 4, 9), Guarded("R", 2, 3))) { Console.WriteLine("m " + x); if (x == 3) break; }
        Console.WriteLine("-- zip");
        foreach (var s in Zip(Guarded("N", 1, 2, 3), new List<string> { "a", "b" })) Console.WriteLine(s);
        var list = new List<int> { 4, 5 };
        List<int>.Enumerator le = list.GetEnumerator();
        int sum = 0;
        while (le.MoveNext()) sum += le.Current;
        Console.WriteLine("list sum " + sum);
        // expect: got enumerator
        // expect: A start
        // expect: A 1
        // expect: A 2
        // expect: A 3
        // expect: A finally
        // expect: after end False
        // expect: -- dispose before start
        // expect: B moved False
        // expect: -- dispose in the middle
        // expect: C start
        // expect: C 10
        // expect: C 20
        // expect: C finally
        // expect: -- disposing twice
        // expect: D start
        // expect: D finally
        // expect: D moved False
        // expect: -- reset
        // expect: E start
        // expect: E 7
        // expect: reset not supported
        // expect: E finally
        // expect: -- merge
        // expect: L start
        // expect: R start
        // expect: L finally
        // expect: R finally
        // expect: 1 2 3 4 9 10 11
        // expect: -- merge stopped early
        // expect: L start
        // expect: R start
        // expect: m 1
        // expect: m 2
        // expect: m 3
        // expect: R finally
        // expect: L finally
        // expect: -- zip
        // expect: N start
        // expect: 1a
        // expect: 2b
        // expect: N finally
        // expect: list sum 9
    }
}
