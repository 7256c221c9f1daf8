// Closures stored in Dictionary<string, Func<...>>: a command table built in a loop over names and per-entry locals, entries sharing state, lookup with TryGetValue, and replacing an entry.
using System;
using System.Collections.Generic;

class Program
{
    static Dictionary<string, Func<int, int>> BuildOps(string[] names, int[] amounts)
    {
        var ops = new Dictionary<string, Func<int, int>>();
        for (int i = 0; i < names.Length; i++)
        {
            int amount = amounts[i];
            string name = names[i];
            if (name.StartsWith("add")) ops[name] = x => x + amount;
            else if (name.StartsWith("mul")) ops[name] = x => x * amount;
            else ops[name] = x => x - amount;
        }
        return ops;
    }

    static void Main()
    {
        var ops = BuildOps(new[] { "add1", "mul3", "sub5", "add10" }, new[] { 1, 3, 5, 10 });
        int v = 2;
        foreach (string step in new[] { "add1", "mul3", "add10", "sub5", "mul3" })
        {
            v = ops[step](v);
            Console.Write(step + "=" + v + " ");
        }
        Console.WriteLine("|");

        // entries built with foreach share one state variable
        int balance = 100;
        var bank = new Dictionary<string, Func<int, string>>();
        foreach (string kind in new[] { "deposit", "withdraw" })
        {
            int sign = kind == "deposit" ? 1 : -1;
            bank[kind] = amt => { balance += sign * amt; return kind + " " + amt + " -> " + balance; };
        }
        bank["balance"] = amt => "balance " + balance;
        Console.WriteLine(bank["deposit"](50));
        Console.WriteLine(bank["withdraw"](30));
        Console.WriteLine(bank["balance"](0));

        // TryGetValue with a closure as the value
        Func<int, string> handler;
        foreach (string key in new[] { "withdraw", "transfer" })
        {
            if (bank.TryGetValue(key, out handler)) Console.WriteLine(handler(20));
            else Console.WriteLine("no " + key);
        }

        // replacing an entry with a closure that wraps the old one
        Func<int, string> old = bank["deposit"];
        int fee = 1;
        bank["deposit"] = amt => old(amt - fee) + " (fee " + fee + ")";
        fee = 2;
        Console.WriteLine(bank["deposit"](12));

        // Func<string> values produced per key from a shared counter
        int serial = 0;
        var makers = new Dictionary<string, Func<string>>();
        string[] prefixes = { "a", "b", "c" };
        foreach (string p in prefixes) makers.Add(p, () => p + (++serial));
        Console.WriteLine(makers["b"]() + makers["a"]() + makers["b"]() + makers["c"]());

        // keys enumerated in insertion order, calling each closure
        var lengths = new Dictionary<string, Func<int>>();
        foreach (string w in new[] { "one", "three", "eleven" }) lengths[w] = () => w.Length;
        foreach (KeyValuePair<string, Func<int>> kv in lengths) Console.Write(kv.Key + ":" + kv.Value() + " ");
        Console.WriteLine(lengths.Count);
    }
}
// expect: add1=3 mul3=9 add10=19 sub5=14 mul3=42 |
// expect: deposit 50 -> 150
// expect: withdraw 30 -> 120
// expect: balance 120
// expect: withdraw 20 -> 100
// expect: no transfer
// expect: deposit 10 -> 110 (fee 2)
// expect: b1a2b3c4
// expect: one:3 three:5 eleven:6 3
