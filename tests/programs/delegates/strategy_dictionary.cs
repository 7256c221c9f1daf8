// Strategy pattern with delegates in dictionaries: a calculator of Func<double, double, double> operators, pricing strategies chosen by customer tier with a fallback, strategies replaced at run time, and a validator table of Predicate<string>.
using System;
using System.Collections.Generic;
class PriceEngine {
    readonly Dictionary<string, Func<double, int, double>> strategies = new Dictionary<string, Func<double, int, double>>();
    readonly Func<double, int, double> fallback = (price, qty) => price * qty;
    public void Register(string tier, Func<double, int, double> s) { strategies[tier] = s; }
    public double Quote(string tier, double price, int qty) {
        Func<double, int, double> s;
        if (!strategies.TryGetValue(tier, out s)) s = fallback;
        return s(price, qty);
    }
}
class Program {
    static double Power(double a, double b) { return Math.Pow(a, b); }
    static bool IsDigits(string s) {
        if (s.Length == 0) return false;
        foreach (char c in s) if (!char.IsDigit(c)) return false;
        return true;
    }
    static void Main() {
        var ops = new Dictionary<string, Func<double, double, double>> {
            { "+", (a, b) => a + b },
            { "-", (a, b) => a - b },
            { "*", (a, b) => a * b },
            { "/", (a, b) => b == 0 ? double.NaN : a / b },
            { "^", Power }
        };
        // expect: 3 + 4 = 7
        // expect: 10 - 2.5 = 7.5
        // expect: 6 * 7 = 42
        // expect: 1 / 0 = NaN
        // expect: 2 ^ 10 = 1024
        // expect: 5 % 3 = unsupported
        string[] program = { "3 + 4", "10 - 2.5", "6 * 7", "1 / 0", "2 ^ 10", "5 % 3" };
        foreach (var line in program) {
            var t = line.Split(' ');
            Func<double, double, double> op;
            string result = ops.TryGetValue(t[1], out op) ? op(double.Parse(t[0]), double.Parse(t[2])).ToString() : "unsupported";
            Console.WriteLine(line + " = " + result);
        }
        var engine = new PriceEngine();
        engine.Register("gold", (p, q) => p * q * 0.8);
        engine.Register("bulk", (p, q) => q >= 10 ? p * q * 0.9 : p * q);
        int freeEvery = 3;
        engine.Register("promo", (p, q) => p * (q - q / freeEvery));
        // expect: gold 80
        // expect: bulk 50 90
        // expect: promo 70
        // expect: guest 100
        Console.WriteLine("gold " + engine.Quote("gold", 10, 10));
        Console.WriteLine("bulk " + engine.Quote("bulk", 10, 5) + " " + engine.Quote("bulk", 10, 10));
        Console.WriteLine("promo " + engine.Quote("promo", 10, 10));
        Console.WriteLine("guest " + engine.Quote("guest", 10, 10));
        // expect: promo 80
        freeEvery = 5;
        Console.WriteLine("promo " + engine.Quote("promo", 10, 10));
        // expect: gold 50
        engine.Register("gold", (p, q) => p * q / 2);
        Console.WriteLine("gold " + engine.Quote("gold", 10, 10));
        var rules = new Dictionary<string, Predicate<string>>();
        rules["zip"] = IsDigits;
        rules["name"] = s => s.Length > 1 && char.IsUpper(s[0]);
        rules["any"] = delegate { return true; };
        var inputs = new[] { "zip:12345", "zip:12a45", "name:Ada", "name:bob", "any:", "color:red" };
        // expect: zip:12345 ok
        // expect: zip:12a45 bad
        // expect: name:Ada ok
        // expect: name:bob bad
        // expect: any: ok
        // expect: color:red no rule
        foreach (var input in inputs) {
            int colon = input.IndexOf(':');
            string field = input.Substring(0, colon), value = input.Substring(colon + 1);
            Predicate<string> rule;
            if (!rules.TryGetValue(field, out rule)) { Console.WriteLine(input + " no rule"); continue; }
            Console.WriteLine(input + (rule(value) ? " ok" : " bad"));
        }
        // expect: ^ * + / -
        var keys = new List<string>(ops.Keys);
        keys.Sort((a, b) => ops[b](2, 3).CompareTo(ops[a](2, 3)));
        Console.WriteLine(string.Join(" ", keys));
    }
}
