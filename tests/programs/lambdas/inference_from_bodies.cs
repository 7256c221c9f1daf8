// Type inference from lambda bodies and method groups (§12.6.3 output types): ConvertAll, a generic Apply and Map, block bodies with several returns, nested lambdas, a captured local.
using System;
using System.Collections.Generic;
class Program {
    static TResult Apply<T, TResult>(T x, Func<T, TResult> f) { return f(x); }
    static List<R> Map<T, R>(List<T> xs, Func<T, R> f) { var r = new List<R>(); foreach (var x in xs) r.Add(f(x)); return r; }
    static string Show(int x) { return "#" + x; }
    static void Main() {
        var list = new List<int> { 3, 1, 2 };
        // expect: <3>,<1>,<2>
        // expect: 12.5
        // expect: 3
        // expect: 6 0 4
        // expect: #3 #1 #2
        // expect: 001|002
        // expect: 11
        // expect: 6
        List<string> strs = list.ConvertAll(x => "<" + x + ">");
        Console.WriteLine(string.Join(",", strs));
        Console.WriteLine(Apply(5, x => x * 2.5));
        Console.WriteLine(Apply("abc", s => s.Length));
        var doubled = Map(list, x => { if (x > 1) return x * 2; return 0; });
        Console.WriteLine(string.Join(" ", doubled));
        Console.WriteLine(string.Join(" ", Map(list, Show)));
        string[] arr = Array.ConvertAll(new[] { 1, 2 }, n => n.ToString("D3"));
        Console.WriteLine(string.Join("|", arr));
        int k = 10;
        Console.WriteLine(Apply(1, x => x + k));
        var nested = Map(list, x => Map(list, y => x * y));
        Console.WriteLine(nested[2][0]);
    }
}
