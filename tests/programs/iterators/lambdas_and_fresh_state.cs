// Iterators with lambdas and parameters: iterators taking Func predicates and selectors, lambdas created inside an iterator capturing per-iteration and shared locals (invoked while the iterator is suspended), a captured counter updated across yields, parameters mutated inside an iterator reset on every new enumeration, and two simultaneous enumerations of one IEnumerable keeping separate state.
using System;
using System.Collections.Generic;
class Program {
    static IEnumerable<T> Generate<T>(T seed, Func<T, T> next, Func<T, bool> keepGoing) {
        for (T cur = seed; keepGoing(cur); cur = next(cur)) yield return cur;
    }
    static IEnumerable<Func<int, int>> Multipliers(int count) {
        for (int i = 1; i <= count; i++) {
            int factor = i;
            yield return x => x * factor;
        }
    }
    static IEnumerable<Action> Counters() {
        int shared = 0;
        for (int i = 0; i < 3; i++) {
            int local = i * 10;
            yield return () => { shared++; local++; Console.WriteLine("shared " + shared + " local " + local); };
        }
    }
    static IEnumerable<int> Countdown(int n) {
        while (n > 0) {
            yield return n;
            n--;
        }
    }
    static IEnumerable<string> Labeled(string prefix, IEnumerable<int> items) {
        int index = 0;
        Func<int, string> label = v => prefix + (index++) + "=" + v;
        foreach (var v in items) yield return label(v);
    }
    static void Main() {
        var doubling = Generate(1, x => x * 2, x => x < 100);
        Console.WriteLine(string.Join(",", new List<int>(doubling)));
        var letters = Generate("a", s => s + "b", s => s.Length <= 3);
        Console.WriteLine(string.Join(" ", new List<string>(letters)));
        int calls = 0;
        var tracked = Generate(10, x => { calls++; return x - 3; }, x => x > 0);
        foreach (var x in tracked) { }
        foreach (var x in tracked) { }
        Console.WriteLine("next called " + calls + " times");
        var results = new List<int>();
        foreach (var f in Multipliers(4)) results.Add(f(5));
        Console.WriteLine(string.Join(" ", results));
        foreach (var a in Counters()) { a(); a(); }
        foreach (var a in Counters()) { a(); break; }
        var cd = Countdown(3);
        Console.WriteLine(string.Join(" ", new List<int>(cd)) + " | " + string.Join(" ", new List<int>(cd)));
        var e1 = cd.GetEnumerator();
        var e2 = cd.GetEnumerator();
        e1.MoveNext(); e1.MoveNext();
        e2.MoveNext();
        Console.WriteLine("e1 " + e1.Current + " e2 " + e2.Current);
        var lab = Labeled("#", Countdown(2));
        foreach (var s in lab) Console.WriteLine(s);
        foreach (var s in lab) Console.WriteLine(s);
        // expect: 1,2,4,8,16,32,64
        // expect: a ab abb
        // expect: next called 8 times
        // expect: 5 10 15 20
        // expect: shared 1 local 1
        // expect: shared 2 local 2
        // expect: shared 3 local 11
        // expect: shared 4 local 12
        // expect: shared 5 local 21
        // expect: shared 6 local 22
        // expect: shared 1 local 1
        // expect: 3 2 1 | 3 2 1
        // expect: e1 2 e2 3
        // expect: #0=2
        // expect: #1=1
        // expect: #0=2
        // expect: #1=1
    }
}
