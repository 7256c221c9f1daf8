// Lazy<T> with closures: the factory runs once on first Value and captures locals, IsValueCreated before and after, lazies in a dictionary built in a loop, a lazy depending on other lazies, a generic lazy helper, and locals changed before the first read.
using System;
using System.Collections.Generic;
class Config {
    readonly Lazy<Dictionary<string, string>> settings;
    public int Loads;
    public Config(string raw) {
        settings = new Lazy<Dictionary<string, string>>(() => {
            Loads++;
            var d = new Dictionary<string, string>();
            foreach (var part in raw.Split(';')) {
                var kv = part.Split('=');
                d[kv[0]] = kv[1];
            }
            return d;
        });
    }
    public bool Loaded { get { return settings.IsValueCreated; } }
    public string Get(string key) { string v; return settings.Value.TryGetValue(key, out v) ? v : "?"; }
}
class Program {
    static Lazy<T> Defer<T>(Func<T> f, List<string> trace, string name) {
        return new Lazy<T>(() => { trace.Add("make " + name); return f(); });
    }
    static void Main() {
        var trace = new List<string>();
        int calls = 0;
        var answer = new Lazy<int>(() => { calls++; return 6 * 7; });
        // expect: False 0
        Console.WriteLine(answer.IsValueCreated + " " + calls);
        // expect: 42 42 True 1
        Console.WriteLine(answer.Value + " " + answer.Value + " " + answer.IsValueCreated + " " + calls);
        var cfg = new Config("host=example;port=8080;mode=fast");
        // expect: False 0
        Console.WriteLine(cfg.Loaded + " " + cfg.Loads);
        // expect: 8080 fast ? True 1
        Console.WriteLine(cfg.Get("port") + " " + cfg.Get("mode") + " " + cfg.Get("user") + " " + cfg.Loaded + " " + cfg.Loads);
        var table = new Dictionary<string, Lazy<string>>();
        foreach (var word in new[] { "alpha", "beta", "gamma" }) {
            table[word] = Defer(() => word.ToUpper(), trace, word);
        }
        // expect: BETA
        Console.WriteLine(table["beta"].Value);
        // expect: make beta
        Console.WriteLine(string.Join(",", trace));
        var width = Defer(() => 3, trace, "width");
        var height = Defer(() => 4, trace, "height");
        var area = Defer(() => width.Value * height.Value, trace, "area");
        // expect: 12
        Console.WriteLine(area.Value);
        // expect: make beta,make area,make width,make height
        Console.WriteLine(string.Join(",", trace));
        // expect: GAMMA ALPHA
        Console.WriteLine(table["gamma"].Value + " " + table["alpha"].Value);
        // expect: 6
        Console.WriteLine(trace.Count + (area.Value - 12));
        int basis = 1;
        var snap = new Lazy<string>(() => "basis=" + basis);
        basis = 2;
        // expect: basis=2
        Console.WriteLine(snap.Value);
        basis = 3;
        // expect: basis=2
        Console.WriteLine(snap.Value);
        var items = new Lazy<List<int>>(() => new List<int> { 1, 2 }, true);
        items.Value.Add(3);
        // expect: 1+2+3
        Console.WriteLine(string.Join("+", items.Value));
        // expect: True
        Console.WriteLine(object.ReferenceEquals(items.Value, items.Value));
    }
}
