// Overload resolution between Action and Func<T> by lambda body: void calls and void blocks pick Action, value bodies pick a generic Func<T> with T inferred, Func<int> vs Func<string> vs Func<bool> by body type, and explicitly typed parameters.
using System;
using System.Collections.Generic;
using System.Text;
class Scheduler {
    public List<string> Log = new List<string>();
    public void Enqueue(Action work) { Log.Add("action"); work(); }
    public T Enqueue<T>(Func<T> work) { T r = work(); Log.Add("func<" + typeof(T).Name + ">=" + r); return r; }
}
class Program {
    static string Pick(Func<int> f) { return "int:" + f(); }
    static string Pick(Func<string> f) { return "string:" + f(); }
    static string Pick(Func<bool> f) { return "bool:" + f(); }
    static string Measure(Func<string, int> f) { return "str->" + f("hello"); }
    static string Measure(Func<int, int> f) { return "int->" + f(21); }
    static string Total(Action<int> a) { a(5); return "action<int>"; }
    static string Total(Func<int, string> f) { return "func<int,string>:" + f(5); }
    static int counter;
    static void Main() {
        var s = new Scheduler();
        var sb = new StringBuilder();
        var items = new List<int>();
        s.Enqueue(() => items.Add(1));
        s.Enqueue(() => Console.Write(""));
        s.Enqueue(() => { items.Add(2); });
        int n = s.Enqueue(() => items.Count);
        string text = s.Enqueue(() => "count " + n);
        s.Enqueue(() => { counter++; });
        s.Enqueue(() => counter * 10);
        s.Enqueue(() => sb.Append("x").Length);
        s.Enqueue(() => { sb.Append("y"); });
        bool flag = s.Enqueue(() => { if (items.Count > 1) return true; return false; });
        double half = s.Enqueue(() => n / 4.0);
        // expect: action
        // expect: action
        // expect: action
        // expect: func<Int32>=2
        // expect: func<String>=count 2
        // expect: action
        // expect: func<Int32>=10
        // expect: func<Int32>=1
        // expect: action
        // expect: func<Boolean>=True
        // expect: func<Double>=0.5
        foreach (var line in s.Log) Console.WriteLine(line);
        // expect: xy 1 True count 2
        Console.WriteLine(sb + " " + counter + " " + flag + " " + text);
        // expect: int:7
        // expect: string:7!
        // expect: bool:False
        // expect: int:3
        Console.WriteLine(Pick(() => 7));
        Console.WriteLine(Pick(() => 7 + "!"));
        Console.WriteLine(Pick(() => 1.5 > 2));
        Console.WriteLine(Pick(() => { int a = 1; return a + 2; }));
        // expect: str->5
        // expect: int->42
        Console.WriteLine(Measure((string x) => x.Length));
        Console.WriteLine(Measure((int x) => x * 2));
        // expect: func<int,string>:#5
        // expect: action<int>
        // expect: 10
        int seen = 0;
        Console.WriteLine(Total(x => "#" + x));
        Console.WriteLine(Total(x => { seen = x * 2; }));
        Console.WriteLine(seen);
    }
}
