// Delegates as fields of structs: a default struct has null delegate fields, copying a struct copies the delegate reference, reassigning a field in a copy leaves the original alone, arrays and lists of such structs, readonly Func fields read through a property, and a KeyValuePair holding a multicast Action.
using System;
using System.Collections.Generic;
struct Rule {
    public string Name;
    public Func<int, bool> Test;
    public Action<int> OnFail;
    public Rule(string name, Func<int, bool> test, Action<int> onFail) { Name = name; Test = test; OnFail = onFail; }
    public bool Check(int v) {
        if (Test == null) return true;
        bool ok = Test(v);
        if (!ok && OnFail != null) OnFail(v);
        return ok;
    }
}
struct Counter {
    public int Count;
    public Func<int, int> Step;
    public void Advance() { Count = Step(Count); }
}
struct Op {
    readonly Func<double, double> f;
    readonly string symbol;
    public Op(string symbol, Func<double, double> f) { this.symbol = symbol; this.f = f; }
    public Func<double, double> Fn { get { return f; } }
    public string Symbol { get { return symbol; } }
}
class Program {
    static void Main() {
        var failures = new List<string>();
        // expect: True True
        Rule empty = default(Rule);
        Console.WriteLine((empty.Test == null) + " " + empty.Check(5));
        var rules = new Rule[] {
            new Rule("positive", v => v > 0, v => failures.Add(v + " not positive")),
            new Rule("even", v => v % 2 == 0, v => failures.Add(v + " odd")),
            new Rule("small", v => v < 100, null)
        };
        int passed = 0;
        foreach (int v in new[] { 4, -3, 7, 250 })
            foreach (var r in rules)
                if (r.Check(v)) passed++;
        // expect: 8
        // expect: -3 not positive|-3 odd|7 odd
        Console.WriteLine(passed);
        Console.WriteLine(string.Join("|", failures));
        // expect: odd? False True
        Rule copy = rules[1];
        copy.Test = v => v % 2 != 0;
        copy.Name = "odd";
        Console.WriteLine(copy.Name + "? " + copy.Check(8) + " " + rules[1].Check(8));
        // expect: True
        Console.WriteLine(object.ReferenceEquals(copy.OnFail, rules[1].OnFail));
        rules[2].Test = v => v < 10;
        // expect: False
        Console.WriteLine(rules[2].Check(50));
        var c = new Counter { Count = 1, Step = n => n * 3 };
        Counter d = c;
        c.Advance(); c.Advance();
        d.Step = n => n + 100;
        d.Advance();
        // expect: 9 101
        Console.WriteLine(c.Count + " " + d.Count);
        var list = new List<Counter> { c, d };
        var tmp = list[0];
        tmp.Advance();
        list[0] = tmp;
        // expect: 27 101
        Console.WriteLine(list[0].Count + " " + list[1].Count);
        var ops = new List<Op> { new Op("sq", x => x * x), new Op("half", x => x / 2), new Op("neg", x => -x) };
        double acc = 3;
        var path = new List<string>();
        foreach (var op in ops) { acc = op.Fn(acc); path.Add(op.Symbol + "=" + acc); }
        // expect: sq=9 half=4.5 neg=-4.5
        Console.WriteLine(string.Join(" ", path));
        // expect: 16
        Console.WriteLine(ops[0].Fn(ops[0].Fn(2)));
        int hits = 0;
        Action bump = () => hits++;
        var holder = new KeyValuePair<string, Action>("bump", bump + bump);
        holder.Value();
        // expect: bump 2
        Console.WriteLine(holder.Key + " " + hits);
    }
}
