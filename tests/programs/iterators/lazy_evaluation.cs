// Iterators are lazy: side effects in producers and consumers interleave element by element, nothing runs until the first MoveNext, argument validation inside an iterator is deferred while a non-iterator wrapper validates eagerly, a sequence over a mutable source sees later changes, and an unconsumed tail is never computed.
using System;
using System.Collections.Generic;
class Log {
    public static List<string> Lines = new List<string>();
    public static void Add(string s) { Lines.Add(s); }
    public static void Flush(string title) {
        Console.WriteLine(title + ": " + (Lines.Count == 0 ? "(nothing)" : string.Join(" ", Lines)));
        Lines.Clear();
    }
}
class Program {
    static IEnumerable<int> Produce(int n) {
        Log.Add("begin");
        for (int i = 1; i <= n; i++) {
            Log.Add("p" + i);
            yield return i;
        }
        Log.Add("done");
    }
    static IEnumerable<int> Square(IEnumerable<int> src) {
        foreach (var x in src) {
            Log.Add("sq" + x);
            yield return x * x;
        }
    }
    static IEnumerable<string> RepeatLazy(string s, int times) {
        if (s == null) throw new ArgumentNullException("s");
        for (int i = 0; i < times; i++) yield return s;
    }
    static IEnumerable<string> RepeatEager(string s, int times) {
        if (s == null) throw new ArgumentNullException("s");
        return RepeatCore(s, times);
    }
    static IEnumerable<string> RepeatCore(string s, int times) {
        for (int i = 0; i < times; i++) yield return s;
    }
    static IEnumerable<int> Expensive() {
        for (int i = 0; ; i++) {
            Log.Add("calc" + i);
            yield return i * 100;
        }
    }
    static IEnumerable<int> Snapshot(List<int> src) {
        foreach (var x in src.ToArray()) yield return x;
    }
    static IEnumerable<int> Live(List<int> src) {
        for (int i = 0; i < src.Count; i++) yield return src[i];
    }
    static void Main() {
        var q = Square(Produce(3));
        Log.Flush("created");
        foreach (var v in q) Log.Add("use" + v);
        Log.Flush("consumed");
        var en = Square(Produce(5)).GetEnumerator();
        en.MoveNext();
        Log.Flush("first");
        en.MoveNext();
        en.MoveNext();
        Log.Flush("third=" + en.Current);
        en.Dispose();
        Log.Flush("disposed");
        IEnumerable<string> lazy = null;
        try {
            lazy = RepeatLazy(null, 2);
            Console.WriteLine("lazy call returned");
            foreach (var s in lazy) Console.WriteLine(s);
        } catch (ArgumentNullException e) {
            Console.WriteLine("lazy threw at enumeration: " + e.ParamName);
        }
        try {
            var eager = RepeatEager(null, 2);
            Console.WriteLine("eager call returned");
        } catch (ArgumentNullException e) {
            Console.WriteLine("eager threw at call: " + e.ParamName);
        }
        Console.WriteLine(string.Join("", RepeatEager("ab", 3)));
        foreach (var v in Expensive()) { if (v >= 200) break; }
        Log.Flush("expensive");
        var data = new List<int> { 1, 2 };
        var snap = Snapshot(data);
        data.Add(3);
        int s1 = 0;
        foreach (var x in snap) { s1 += x; if (x == 1) data.Add(10); }
        Console.WriteLine("snapshot sum " + s1 + ", list count " + data.Count);
        var growing = new List<int> { 1 };
        int steps = 0;
        foreach (var x in Live(growing)) {
            if (x < 5) growing.Add(x + 1);
            steps++;
        }
        Console.WriteLine("grew to " + growing.Count + " in " + steps + " steps");
        // expect: created: (nothing)
        // expect: consumed: begin p1 sq1 use1 p2 sq2 use4 p3 sq3 use9 done
        // expect: first: begin p1 sq1
        // expect: third=9: p2 sq2 p3 sq3
        // expect: disposed: (nothing)
        // expect: lazy call returned
        // expect: lazy threw at enumeration: s
        // expect: eager threw at call: s
        // expect: ababab
        // expect: expensive: calc0 calc1 calc2
        // expect: snapshot sum 6, list count 4
        // expect: grew to 5 in 5 steps
    }
}
