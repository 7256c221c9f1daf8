// Closures inside iterators: lambdas created in an iterator body capturing its parameters and method-level locals (per-iteration values go through a helper method), yielded Func<int>s that see later changes made by the iterator, a generic iterator applying captured Func parameters, an instance iterator capturing this, and a counter shared between the iterator and the lambdas it yields.
using System;
using System.Collections.Generic;
class Ticker {
    int ticks;
    string name;
    public Ticker(string name) { this.name = name; }
    Func<string> Snapshot(int at) { return () => name + "#" + at + "/" + ticks; }
    public IEnumerable<Func<string>> Steps(int n) {
        Func<string> latest = () => name + " latest " + ticks;
        for (int i = 0; i < n; i++) {
            ticks++;
            yield return Snapshot(ticks);
        }
        yield return latest;
    }
}
class Program {
    static Func<int> Times(int k, int factor) { return () => k * factor; }
    static IEnumerable<Func<int>> Multipliers(int factor, int count) {
        for (int i = 1; i <= count; i++) yield return Times(i, factor);
        yield return () => count * factor * 10;
    }
    static IEnumerable<Func<int>> SharedCounter() {
        int shared = 0;
        Func<int> read = () => shared;
        yield return read;
        shared = 10;
        yield return () => shared += 5;
        shared = 100;
        yield return read;
    }
    static IEnumerable<R> MapWhere<T, R>(IEnumerable<T> src, Func<T, bool> keep, Func<T, R> map) {
        int index = 0;
        Func<T, string> tag = x => index + ":" + x;
        foreach (var item in src) {
            index++;
            if (keep(item)) {
                Console.WriteLine("  yield " + tag(item));
                yield return map(item);
            }
        }
    }
    static IEnumerable<Action> Actions(List<string> sink, params string[] words) {
        int done = 0;
        foreach (var w in words) {
            sink.Add(w);
            yield return () => sink.Add("#" + ++done);
        }
        string tail = "end";
        yield return () => sink.Add(tail);
        tail = "changed";
    }
    static void Main() {
        var fs = new List<Func<int>>(Multipliers(3, 4));
        var outs = new List<int>();
        foreach (var f in fs) outs.Add(f());
        // expect: 3 6 9 12 120
        Console.WriteLine(string.Join(" ", outs));
        var results = new List<int>();
        var all = new List<Func<int>>();
        foreach (var f in SharedCounter()) { all.Add(f); results.Add(f()); }
        // expect: 0 15 100
        Console.WriteLine(string.Join(" ", results));
        // expect: 100 105 105
        Console.WriteLine(all[0]() + " " + all[1]() + " " + all[2]());
        int limit = 4;
        // expect:   yield 2:b
        // expect: got 98
        // expect:   yield 4:dddd
        // expect: got 100
        foreach (var code in MapWhere(new[] { "a", "b", "ccccc", "dddd" }, s => s.Length <= limit && s != "a", s => (int)s[0]))
            Console.WriteLine("got " + code);
        var ticker = new Ticker("t");
        var steps = new List<Func<string>>();
        foreach (var step in ticker.Steps(3)) steps.Add(step);
        // expect: t#1/3 t#2/3 t#3/3 t latest 3
        Console.WriteLine(steps[0]() + " " + steps[1]() + " " + steps[2]() + " " + steps[3]());
        // expect: t#4/4
        // expect: t latest 4
        foreach (var step in ticker.Steps(1)) Console.WriteLine(step());
        var sink = new List<string>();
        var acts = new List<Action>();
        foreach (var a in Actions(sink, "x", "y")) acts.Add(a);
        foreach (var a in acts) a();
        // expect: x,y,#1,#2,changed
        Console.WriteLine(string.Join(",", sink));
        sink.Clear();
        var e = Actions(sink, "solo").GetEnumerator();
        e.MoveNext(); e.Current();
        e.MoveNext(); e.Current();
        // expect: solo,#1,end
        Console.WriteLine(string.Join(",", sink));
    }
}
