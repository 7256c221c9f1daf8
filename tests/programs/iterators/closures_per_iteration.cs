// Lambdas made inside an iterator's loops capture a fresh variable per iteration, as outside iterators.
using System;
using System.Collections.Generic;
class P {
    static IEnumerable<Func<int>> Make() { for (int i = 1; i <= 3; i++) { int k = i; yield return () => k; } }
    static IEnumerable<Func<string>> Each(string[] w) { foreach (var x in w) yield return () => x; }
    static void Main() {
        var fs = new List<Func<int>>(Make());
        // expect: 1 2 3 .
        // expect: a b .
        foreach (var f in fs) Console.Write(f() + " ");
        Console.WriteLine(".");
        var gs = new List<Func<string>>(Each(new[] { "a", "b" }));
        foreach (var g in gs) Console.Write(g() + " ");
        Console.WriteLine(".");
    }
}
