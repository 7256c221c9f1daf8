// Iterators as property getters and indexers: a matrix exposing Rows, Columns and Diagonal as iterator properties, a two-argument indexer returning a lazy range slice, a static iterator property, and an indexer by name that yields matching entries, with argument checks deferred until enumeration.
using System;
using System.Collections.Generic;
class Matrix {
    readonly int[,] cells;
    public int Size { get; }
    public Matrix(int n) {
        Size = n;
        cells = new int[n, n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
                cells[r, c] = r * n + c + 1;
    }
    public IEnumerable<int> Diagonal {
        get { for (int i = 0; i < Size; i++) yield return cells[i, i]; }
    }
    public IEnumerable<int> AntiDiagonal {
        get { for (int i = 0; i < Size; i++) yield return cells[i, Size - 1 - i]; }
    }
    public IEnumerable<IEnumerable<int>> Rows {
        get { for (int r = 0; r < Size; r++) yield return Row(r); }
    }
    IEnumerable<int> Row(int r) { for (int c = 0; c < Size; c++) yield return cells[r, c]; }
    public IEnumerable<int> Column(int c) { for (int r = 0; r < Size; r++) yield return cells[r, c]; }
}
class Timeline {
    readonly List<string> events = new List<string>();
    public void Add(string e) { events.Add(e); }
    public IEnumerable<string> this[int from, int to] {
        get {
            if (from < 0 || to > events.Count || from > to) throw new ArgumentOutOfRangeException("from");
            for (int i = from; i < to; i++) yield return i + ":" + events[i];
        }
    }
    public IEnumerable<string> this[string prefix] {
        get {
            foreach (var e in events)
                if (e.StartsWith(prefix)) yield return e;
        }
    }
    public IEnumerable<string> Latest {
        get { for (int i = events.Count - 1; i >= 0 && i >= events.Count - 2; i--) yield return events[i]; }
    }
    static int created;
    public Timeline() { created++; }
    public static IEnumerable<string> Stats {
        get {
            yield return "timelines=" + created;
            yield return "ok";
        }
    }
}
class Program {
    static string Join(IEnumerable<int> xs) {
        var parts = new List<string>();
        foreach (var x in xs) parts.Add(x.ToString());
        return string.Join(" ", parts);
    }
    static string Join(IEnumerable<string> xs) {
        return string.Join(",", new List<string>(xs));
    }
    static void Main() {
        var m = new Matrix(4);
        foreach (var row in m.Rows) Console.WriteLine(Join(row));
        Console.WriteLine("diag " + Join(m.Diagonal));
        Console.WriteLine("anti " + Join(m.AntiDiagonal));
        Console.WriteLine("col2 " + Join(m.Column(2)));
        int trace = 0;
        foreach (var d in m.Diagonal) trace += d;
        Console.WriteLine("trace " + trace);
        var t = new Timeline();
        foreach (var e in new[] { "boot", "login alice", "read", "login bob", "write", "logout alice" }) t.Add(e);
        Console.WriteLine(Join(t[1, 4]));
        Console.WriteLine(Join(t["login"]));
        Console.WriteLine(Join(t["log"]));
        Console.WriteLine(Join(t[2, 2]) == "" ? "empty slice" : "?");
        Console.WriteLine(Join(t.Latest));
        var bad = t[3, 99];
        Console.WriteLine("bad slice created");
        try {
            foreach (var e in bad) Console.WriteLine(e);
        } catch (ArgumentOutOfRangeException) {
            Console.WriteLine("range error on enumeration");
        }
        var slice = t[0, 2];
        t.Add("late");
        Console.WriteLine(Join(slice));
        Console.WriteLine(Join(t["late"]));
        new Timeline();
        Console.WriteLine(Join(Timeline.Stats));
        // expect: 1 2 3 4
        // expect: 5 6 7 8
        // expect: 9 10 11 12
        // expect: 13 14 15 16
        // expect: diag 1 6 11 16
        // expect: anti 4 7 10 13
        // expect: col2 3 7 11 15
        // expect: trace 34
        // expect: 1:login alice,2:read,3:login bob
        // expect: login alice,login bob
        // expect: login alice,login bob,logout alice
        // expect: empty slice
        // expect: logout alice,write
        // expect: bad slice created
        // expect: range error on enumeration
        // expect: 0:boot,1:login alice
        // expect: late
        // expect: timelines=2,ok
    }
}
