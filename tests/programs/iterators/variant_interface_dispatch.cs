// An iterator's IEnumerator<string> called through IEnumerator<object> (variance), after other instantiations took IMT slots: the call must reach get_Current, not another method's filled slot.
using System;
using System.Collections;
using System.Collections.Generic;
class Chain<T> : IEnumerable<T> {
    List<T> items = new List<T>();
    public void Append(T x) { items.Add(x); }
    public IEnumerator<T> GetEnumerator() { foreach (var x in items) yield return x; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class Ring<T> : IEnumerable<T> {
    public IEnumerator<T> GetEnumerator() { yield break; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class Program {
    static void Show<T>(IEnumerable<T> xs) {
        IEnumerator<T> e = xs.GetEnumerator();
        while (e.MoveNext()) {
            T cur = e.Current;
            Console.WriteLine(typeof(T).Name + ": " + (cur == null ? "null" : cur.ToString()));
        }
        e.Dispose();
    }
    static void Main() {
        var c = new Chain<string>();
        // expect: String: a
        // expect: Object: a
        c.Append("a");
        Show(c);
        Show(new Chain<Program>());
        new List<int>(new Ring<int>());
        foreach (var inner in new Ring<Chain<string>>()) { }
        Show<object>(c);
    }
}
