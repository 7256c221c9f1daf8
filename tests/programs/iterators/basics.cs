// Iterators: IEnumerable<T> over for/foreach/while with yield break, lazy order of effects, IEnumerator<T>, non-generic IEnumerable, an iterator property and instance method, enumerating twice, nested iterators, try/finally run on an early break.
using System;
using System.Collections;
using System.Collections.Generic;
class Tree {
    int[] items = { 5, 6, 7 };
    public IEnumerable<int> Items() { foreach (var i in items) yield return i * 10; }
    public IEnumerable<int> Evens { get { for (int i = 0; i < 6; i += 2) yield return i; } }
}
class Program {
    static IEnumerable<int> Range(int from, int count) {
        for (int i = 0; i < count; i++) yield return from + i;
    }
    static IEnumerable<string> Words() {
        Console.WriteLine("start");
        yield return "a";
        Console.WriteLine("middle");
        yield return "b";
        Console.WriteLine("end");
    }
    static IEnumerable<int> WithFinally() {
        try {
            Console.WriteLine("enter");
            yield return 1;
            yield return 2;
            yield return 3;
        } finally {
            Console.WriteLine("finally");
        }
    }
    static IEnumerator<char> Letters() { yield return 'x'; yield return 'y'; }
    static IEnumerable Untyped() { yield return 1; yield return "two"; }
    static IEnumerable<int> Stop(int n) { int k = 0; while (true) { if (k == n) yield break; yield return k++; } }
    static IEnumerable<int> Nested(IEnumerable<int> src) {
        foreach (var x in src) { if (x % 2 == 0) yield return x; }
    }
    static void Main() {
        foreach (var x in Range(3, 4)) Console.Write(x + " ");
        // expect: 3 4 5 6 .
        // expect: start
        // expect: got a
        // expect: middle
        // expect: got b
        // expect: end
        // expect: enter
        // expect: v 1
        // expect: v 2
        // expect: finally
        // expect: enter
        // expect: all 1
        // expect: all 2
        // expect: all 3
        // expect: finally
        // expect: xy
        // expect: 1
        // expect: two
        // expect: 012
        // expect: 12
        // expect: 246
        // expect: 50,60,70,0;2;4;
        // expect: 3 12
        Console.WriteLine(".");
        foreach (var w in Words()) Console.WriteLine("got " + w);
        foreach (var v in WithFinally()) { Console.WriteLine("v " + v); if (v == 2) break; }
        foreach (var v in WithFinally()) Console.WriteLine("all " + v);
        var e = Letters();
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine();
        foreach (var o in Untyped()) Console.WriteLine(o);
        foreach (var s in Stop(3)) Console.Write(s);
        Console.WriteLine();
        var r = Range(1, 3);
        int sum = 0; foreach (var x in r) sum += x; foreach (var x in r) sum += x;
        Console.WriteLine(sum);
        foreach (var x in Nested(Range(1, 7))) Console.Write(x);
        Console.WriteLine();
        var t = new Tree();
        foreach (var x in t.Items()) Console.Write(x + ",");
        foreach (var x in t.Evens) Console.Write(x + ";");
        Console.WriteLine();
        var list = new List<int>(Range(10, 3));
        Console.WriteLine(list.Count + " " + list[2]);
    }
}
