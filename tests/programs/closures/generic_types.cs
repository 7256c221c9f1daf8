// Closures and iterators in a generic class: the display and iterator classes repeat the class's type parameter.
using System;
using System.Collections;
using System.Collections.Generic;
class Bag<T> : IEnumerable<T> {
    List<T> items = new List<T>();
    public void Add(T x) { items.Add(x); }
    public IEnumerator<T> GetEnumerator() { foreach (var x in items) yield return x; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    public IEnumerable<T> Where(Func<T, bool> p) { foreach (var x in items) if (p(x)) yield return x; }
    public Func<T, bool> Contains() { var copy = items; return x => copy.Contains(x); }
    public IEnumerable<string> Describe(string prefix) { int n = 0; foreach (var x in this) { n++; yield return prefix + n + ":" + x; } }
}
class Program {
    static void Main() {
        var b = new Bag<int>();
        // expect: 3 8 5 .
        // expect: 8 5 .
        // expect: True False
        // expect: #1:a
        // expect: #2:b
        b.Add(3); b.Add(8); b.Add(5);
        foreach (var x in b) Console.Write(x + " ");
        Console.WriteLine(".");
        int limit = 4;
        foreach (var x in b.Where(v => v > limit)) Console.Write(x + " ");
        Console.WriteLine(".");
        var has = b.Contains();
        Console.WriteLine(has(8) + " " + has(9));
        var s = new Bag<string>(); s.Add("a"); s.Add("b");
        foreach (var d in s.Describe("#")) Console.WriteLine(d);
    }
}
