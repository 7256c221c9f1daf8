// Event filters built from lambdas that use patterns: is-patterns with property and relational sub-patterns inside Func and Predicate bodies, pattern variables captured by nested lambdas, switch expressions in expression-bodied lambdas and local functions, ??= on a captured local, and target-typed new() in lambda returns.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

abstract class Event { public int Time; }
class Click : Event { public int X, Y; public string Button = "left"; }
class Key : Event { public char Char; public bool Shift; }
class Scroll : Event { public int Delta; }

class Summary { public int Count; public string Last; }

class Program
{
    static List<Event> Where(List<Event> events, Predicate<Event> keep)
    {
        var result = new List<Event>();
        foreach (var e in events) if (keep(e)) result.Add(e);
        return result;
    }

    static void Main()
    {
        var events = new List<Event>
        {
            new Click { Time = 1, X = 10, Y = 20 },
            new Key { Time = 2, Char = 'a' },
            new Key { Time = 3, Char = 'B', Shift = true },
            new Scroll { Time = 4, Delta = -3 },
            new Click { Time = 5, X = 300, Y = 5, Button = "right" },
            new Scroll { Time = 6, Delta = 10 },
            new Key { Time = 7, Char = '7' },
        };

        Predicate<Event> rightClicks = e => e is Click { Button: "right" };
        Predicate<Event> letters = e => e is Key { Char: >= 'a' and <= 'z' or >= 'A' and <= 'Z' };
        Predicate<Event> bigScroll = e => e is Scroll s && Math.Abs(s.Delta) > 5;
        Func<Event, string> name = e => e switch
        {
            Click { X: > 100 } c => $"far click@{c.X}",
            Click c => $"click@{c.X},{c.Y}",
            Key { Shift: true } k => "KEY " + k.Char,
            Key k => "key " + k.Char,
            Scroll { Delta: < 0 } => "scroll up",
            _ => "scroll down",
        };

        string Names(List<Event> list)
        {
            var parts = new List<string>();
            list.ForEach(e => parts.Add(name(e)));
            return string.Join(", ", parts);
        }

        Console.WriteLine(Names(events));
        Console.WriteLine(Names(Where(events, rightClicks)) + " | " + Names(Where(events, letters)) + " | " + Names(Where(events, bigScroll)));

        var makers = new List<Func<string>>();
        foreach (var e in events)
        {
            if (e is Key { Char: var ch } key)
                makers.Add(() => ch + "@" + key.Time);
        }
        foreach (var make in makers) Console.Write(make() + " ");
        Console.WriteLine("/");

        Summary summary = null;
        Action<Event> track = e =>
        {
            summary ??= new() { Last = "none" };
            summary.Count++;
            if (e is Click or Key) summary.Last = name(e);
        };
        events.ForEach(track);
        Console.WriteLine(summary.Count + " " + summary.Last);

        Func<int, Summary> fresh = n => new() { Count = n };
        Func<Event, int> weight = e => e switch { Click => 3, Key { Shift: true } => 2, Key => 1, _ => 0 };
        int total = 0;
        foreach (var e in events) total += weight(e);
        Console.WriteLine(fresh(total).Count);
    }
}
// expect: click@10,20, key a, KEY B, scroll up, far click@300, scroll down, key 7
// expect: far click@300 | key a, KEY B | scroll down
// expect: a@2 B@3 7@7 /
// expect: 7 key 7
// expect: 10
