// Nested using statements: stacked usings without braces, several resources in one statement, usings nested inside loops and methods, return, break and continue leaving a using, a resource created by a factory method, a using on an expression declared earlier, and disposal order always inner to outer.
using System;
using System.Collections.Generic;
class Tracker : IDisposable {
    public static List<string> Log = new List<string>();
    static int created;
    readonly string name;
    public bool Disposed { get; private set; }
    public Tracker(string name) { this.name = name; created++; Log.Add("+" + name); }
    public void Use() { Log.Add("use " + name); }
    public void Dispose() { Disposed = true; Log.Add("-" + name); }
    public static void Flush(string title) {
        Console.WriteLine(title + ": " + string.Join(" ", Log));
        Log.Clear();
    }
    public static int Created { get { return created; } }
}
class Pool {
    int n;
    public Tracker Rent() { return new Tracker("pool" + (++n)); }
}
class Program {
    static int Compute(int x) {
        using (var t = new Tracker("calc")) {
            if (x < 0) return -1;
            t.Use();
            return x * 2;
        }
    }
    static string Find(string[] items, string target) {
        foreach (var item in items) {
            using (var t = new Tracker(item)) {
                if (item == target) return "found " + item;
            }
        }
        return "missing";
    }
    static void Main() {
        using (var a = new Tracker("a"))
        using (var b = new Tracker("b"))
        using (var c = new Tracker("c")) {
            a.Use(); b.Use(); c.Use();
        }
        Tracker.Flush("stacked");
        using (Tracker x = new Tracker("x"), y = new Tracker("y")) {
            using (var z = new Tracker("z")) y.Use();
            x.Use();
        }
        Tracker.Flush("multi");
        Console.WriteLine(Compute(5) + " " + Compute(-5));
        Tracker.Flush("return");
        Console.WriteLine(Find(new[] { "p", "q", "r" }, "q"));
        Tracker.Flush("search");
        for (int i = 0; i < 4; i++) {
            using (var t = new Tracker("i" + i)) {
                if (i == 1) continue;
                if (i == 3) break;
                t.Use();
            }
        }
        Tracker.Flush("loop");
        var pool = new Pool();
        using (var r1 = pool.Rent()) {
            using (var r2 = pool.Rent()) {
                using (pool.Rent()) { r2.Use(); }
            }
            r1.Use();
        }
        Tracker.Flush("factory");
        var early = new Tracker("early");
        using (early) early.Use();
        Console.WriteLine("early disposed " + early.Disposed);
        Tracker.Flush("expression");
        Console.WriteLine("created " + Tracker.Created);
        // expect: stacked: +a +b +c use a use b use c -c -b -a
        // expect: multi: +x +y +z use y -z use x -y -x
        // expect: 10 -1
        // expect: return: +calc use calc -calc +calc -calc
        // expect: found q
        // expect: search: +p -p +q -q
        // expect: loop: +i0 use i0 -i0 +i1 -i1 +i2 use i2 -i2 +i3 -i3
        // expect: factory: +pool1 +pool2 +pool3 use pool2 -pool3 -pool2 use pool1 -pool1
        // expect: early disposed True
        // expect: expression: +early use early -early
        // expect: created 18
    }
}
