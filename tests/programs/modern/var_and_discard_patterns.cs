// var and discard patterns: var matches null where a type pattern does not, `is var x` is always true and captures the value, `case var x when` as a catch-all with a guard, `_` as the last switch-expression arm and as a sub-pattern, and `{ }` versus var on null input, and an out _ discard.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

class Item { public string Name; public int Qty; }

class Program
{
    static string Kind(object o) => o switch
    {
        string s => "string(" + s.Length + ")",
        var x when x is null => "var saw null",
        var x when x is double => "var saw " + x.GetType().Name,
        _ => "discard saw " + o,
    };

    static string Probe(Item it) => it switch
    {
        { Name: null, Qty: _ } => "unnamed",
        { Qty: 0 } => it.Name + " out of stock",
        { } => it.Name + " x" + it.Qty,
        _ => "no item",
    };

    static int calls;
    static string Next() { calls++; return calls % 2 == 0 ? null : "v" + calls; }

    static void Main()
    {
        Console.WriteLine(Kind("abc") + ", " + Kind(null) + ", " + Kind(4.5) + ", " + Kind('c'));
        Console.WriteLine(Probe(null) + ", " + Probe(new Item()) + ", " + Probe(new Item { Name = "nut" }) + ", " + Probe(new Item { Name = "bolt", Qty = 3 }));

        for (int i = 0; i < 3; i++)
        {
            if (Next() is var v && v != null) Console.WriteLine("got " + v);
            else Console.WriteLine("got null, still matched var: " + (v is var w));
        }

        string nothing = null;
        Console.WriteLine((nothing is var n) + " " + (n == null) + " " + (nothing is { }) + " " + (nothing is string));

        object[] inputs = { 1, "two", null, 3L };
        foreach (var input in inputs)
        {
            switch (input)
            {
                case int i:
                    Console.WriteLine("int " + i);
                    break;
                case var other when other is string:
                    Console.WriteLine("string via var " + other);
                    break;
                case var other:
                    Console.WriteLine("fallback " + (other ?? "<null>"));
                    break;
            }
        }
        int.TryParse("12", out _);
        Console.WriteLine("calls " + calls);
    }
}
// expect: string(3), var saw null, var saw Double, discard saw c
// expect: no item, unnamed, nut out of stock, bolt x3
// expect: got v1
// expect: got null, still matched var: True
// expect: got v3
// expect: True True False False
// expect: int 1
// expect: string via var two
// expect: fallback <null>
// expect: fallback 3
// expect: calls 3
