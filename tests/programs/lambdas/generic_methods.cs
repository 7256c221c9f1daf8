// Lambdas in generic methods (generic over the same parameters), generic method groups with inferred or written type arguments, a yield break in a catch block.
using System;
using System.Collections.Generic;
class Program {
    static List<R> Map<T, R>(List<T> xs, Func<T, R> f) { var r = new List<R>(); foreach (var x in xs) r.Add(f(x)); return r; }
    static List<string> Describe<T>(List<T> xs) { return Map(xs, x => "<" + x + ">"); }
    static Func<T, T> Twice<T>(Func<T, T> f) { return Apply<T>(f); }
    static Func<T, T> Apply<T>(Func<T, T> f) { Func<Func<T,T>, Func<T,T>> id = g => g; return id(f); }
    static T First<T>(List<T> xs, Predicate<T> p) { return xs.Find(p); }
    static T Id<T>(T x) { return x; }
    delegate void Named<T>(string s);
    static void Hello<T>(string s) { Console.WriteLine(typeof(T).Name + " " + s); }
    static System.Collections.Generic.IEnumerable<string> Guarded(string s) {
        yield return "start";
        try { int.Parse(s); } catch { yield break; }
        yield return "parsed";
    }
    static void Main() {
        Func<int, int> idInt = Id;
        // expect: 9
        // expect: Int32 there
        // expect: start start parsed .
        // expect: <1>,<2>
        // expect: 6
        // expect: bb
        Console.WriteLine(idInt(9));
        Named<int> n = Hello<int>;
        n("there");
        foreach (var g in Guarded("x")) Console.Write(g + " ");
        foreach (var g in Guarded("1")) Console.Write(g + " ");
        Console.WriteLine(".");
        Console.WriteLine(string.Join(",", Describe(new List<int> { 1, 2 })));
        Console.WriteLine(Twice<int>(x => x + 1)(5));
        Console.WriteLine(First(new List<string> { "a", "bb" }, s => s.Length > 1));
    }
}
