// Closures: a captured local shared with the method, per-iteration loop-body and foreach variables, a shared for variable, a counter outliving its method, curried and nested lambdas, captured parameters with this, scopes linked to an enclosing one, a recursive lambda through a local.
using System;
using System.Collections.Generic;
class Acc {
    int bonus = 100;
    public Func<int, int> Adder(int n) { return x => x + n + bonus; }
}
class Program {
    static Func<int> Counter() { int c = 0; return () => ++c; }
    static void Main() {
        int total = 0;
        // expect: 10
        // expect: 0 1 2 .
        // expect: 3 3 3 .
        // expect: aabbcc
        // expect: 3
        // expect: 42
        // expect: 106
        // expect: 12
        // expect: 610
        // expect: >>hi
        var list = new List<int> { 1, 2, 3, 4 };
        list.ForEach(x => total += x);
        Console.WriteLine(total);
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++) { int j = i; actions.Add(() => Console.Write(j + " ")); }
        foreach (var a in actions) a();
        Console.WriteLine(".");
        var shared = new List<Action>();
        for (int i = 0; i < 3; i++) shared.Add(() => Console.Write(i + " "));
        foreach (var a in shared) a();
        Console.WriteLine(".");
        var fe = new List<Func<string>>();
        foreach (var s in new[] { "a", "b", "c" }) fe.Add(() => s + s);
        foreach (var f in fe) Console.Write(f());
        Console.WriteLine();
        var next = Counter();
        next(); next();
        Console.WriteLine(next());
        Func<int, Func<int, int>> curry = a => b => a * 10 + b;
        Console.WriteLine(curry(4)(2));
        Console.WriteLine(new Acc().Adder(5)(1));
        int outer = 1;
        {
            int inner = 2;
            Func<int> both = () => outer + inner;
            outer = 10;
            Console.WriteLine(both());
        }
        Func<int, int> fib = null;
        fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
        Console.WriteLine(fib(15));
        string prefix = ">";
        Action<string> say = delegate (string m) { Console.WriteLine(prefix + m); };
        prefix = ">>";
        say("hi");
    }
}
