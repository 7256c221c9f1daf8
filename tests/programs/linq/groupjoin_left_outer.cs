// GroupJoin: each outer element with the (possibly empty) sequence of matching inner elements; counts and sums per department, a left outer join with SelectMany + DefaultIfEmpty, and a comparer overload.
using System;
using System.Collections.Generic;
using System.Linq;

class Dept
{
    public string Code;
    public string Title;
    public Dept(string code, string title) { Code = code; Title = title; }
}

class Worker
{
    public string Name;
    public string DeptCode;
    public int Hours;
    public Worker(string name, string deptCode, int hours) { Name = name; DeptCode = deptCode; Hours = hours; }
}

class Program
{
    static void Main()
    {
        var depts = new[] { new Dept("ENG", "Engineering"), new Dept("MKT", "Marketing"), new Dept("LAW", "Legal") };
        var workers = new List<Worker> {
            new Worker("Ola", "ENG", 40), new Worker("Per", "MKT", 30), new Worker("Siv", "ENG", 35),
            new Worker("Tor", "OPS", 20), new Worker("Una", "ENG", 25),
        };

        var staffed = depts.GroupJoin(workers, d => d.Code, w => w.DeptCode,
            (d, ws) => d.Title + " (" + ws.Count() + ")" + string.Concat(ws.Select((w, i) => (i == 0 ? ": " : ", ") + w.Name)));
        foreach (var s in staffed) Console.WriteLine(s);
        // expect: Engineering (3): Ola, Siv, Una
        // expect: Marketing (1): Per
        // expect: Legal (0)

        var hours = depts.GroupJoin(workers, d => d.Code, w => w.DeptCode, (d, ws) => d.Code + "=" + ws.Sum(w => w.Hours));
        Console.WriteLine(string.Join(" ", hours)); // expect: ENG=100 MKT=30 LAW=0

        // Left outer join: every department, with "-" when nobody works there.
        var outer = depts
            .GroupJoin(workers, d => d.Code, w => w.DeptCode, (d, ws) => new KeyValuePair<Dept, IEnumerable<Worker>>(d, ws))
            .SelectMany(p => p.Value.DefaultIfEmpty(), (p, w) => p.Key.Code + ":" + (w == null ? "-" : w.Name));
        Console.WriteLine(string.Join(" ", outer)); // expect: ENG:Ola ENG:Siv ENG:Una MKT:Per LAW:-

        // Departments with nobody, found through the empty groups.
        var empty = depts.GroupJoin(workers, d => d.Code, w => w.DeptCode, (d, ws) => ws.Any() ? null : d.Title).Where(t => t != null);
        Console.WriteLine(string.Join(",", empty)); // expect: Legal

        // Workers whose department is unknown (the reverse direction).
        var orphans = workers.GroupJoin(depts, w => w.DeptCode, d => d.Code, (w, ds) => ds.Any() ? null : w.Name).Where(n => n != null);
        Console.WriteLine(string.Join(",", orphans)); // expect: Tor

        // With a comparer: lower-case codes still match.
        var lower = new[] { "eng", "law" };
        var ci = lower.GroupJoin(workers, c => c, w => w.DeptCode, (c, ws) => c + ":" + ws.Count(), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci)); // expect: eng:3 law:0
    }
}
