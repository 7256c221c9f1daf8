// A log analyzer: lines parsed into entries, severities picked by switch expressions on the first char and on strings, property patterns on entries with string constants and relational Length tests, per-source counters created with ??= on a dictionary indexer, and nullable ints for optional durations.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

enum Severity { Debug, Info, Warning, Error, Fatal }

class Entry
{
    public Severity Level;
    public string Source;
    public string Text;
    public int? Millis;
}

class Stats { public int Count; public int Slow; public Stats(int c) { Count = c; } }

class Program
{
    static Entry Parse(string line)
    {
        if (line is null or { Length: < 3 }) return null;
        var parts = line.Split('|');
        if (parts.Length < 3) return null;
        int? ms = null;
        if (parts.Length > 3 && int.TryParse(parts[3], out int v)) ms = v;
        return new Entry
        {
            Level = parts[0][0] switch
            {
                'D' or 'd' => Severity.Debug,
                'I' or 'i' => Severity.Info,
                'W' or 'w' => Severity.Warning,
                'E' when parts[0] == "ERR" => Severity.Error,
                'F' => Severity.Fatal,
                _ => Severity.Warning,
            },
            Source = parts[1],
            Text = parts[2],
            Millis = ms,
        };
    }

    static string Triage(Entry e) => e switch
    {
        null => "skip",
        { Level: Severity.Fatal } => "page on-call",
        { Level: Severity.Error, Source: "db" } => "check database",
        { Level: Severity.Error } => "open ticket",
        { Millis: > 1000 } => "slow " + e.Millis + "ms",
        { Level: Severity.Warning, Text: { Length: > 20 } } => "long warning",
        { Level: >= Severity.Warning } => "watch",
        _ => "ignore",
    };

    static void Main()
    {
        string[] lines =
        {
            "INFO|web|started|12", "WARN|web|slow response from upstream|1500", "ERR|db|deadlock", "ERROR|api|timeout",
            "DEBUG|web|cache miss", "x", null, "FATAL|db|disk full", "WARN|api|retrying request to inventory", "W|api|hm", "no pipes here",
        };
        var perSource = new Dictionary<string, Stats>();
        foreach (var line in lines)
        {
            var e = Parse(line);
            Console.WriteLine($"{(e is null ? "-" : e.Level.ToString()),-7} {Triage(e)}");
            if (e is not { Source: var src }) continue;
            Stats s = perSource.ContainsKey(src) ? perSource[src] : null;
            s ??= perSource[src] = new Stats(0);
            s.Count++;
            if (e.Millis is > 1000) s.Slow++;
        }
        foreach (var kv in perSource)
            Console.WriteLine($"{kv.Key}: {kv.Value.Count} entries, {kv.Value.Slow} slow");
    }
}
// expect: Info    ignore
// expect: Warning slow 1500ms
// expect: Error   check database
// expect: Warning watch
// expect: Debug   ignore
// expect: -       skip
// expect: -       skip
// expect: Fatal   page on-call
// expect: Warning long warning
// expect: Warning watch
// expect: -       skip
// expect: web: 3 entries, 1 slow
// expect: db: 2 entries, 0 slow
// expect: api: 3 entries, 0 slow
