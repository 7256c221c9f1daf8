// Payroll report: positional records with computed properties, relational and/or patterns in switch expressions, property patterns for bonuses, query group-by into tuples, GroupJoin, with-expressions, ToLookup, ^1 index, record ToString
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

public enum Dept { Engineering, Sales, Support }

public record Employee(int Id, string Name, Dept Dept, double Salary, int Years)
{
    public string Level => Years switch
    {
        < 2 => "Junior",
        >= 2 and < 5 => "Mid",
        >= 5 and < 10 => "Senior",
        _ => "Principal"
    };
}

public record Raise(int EmployeeId, double Percent);

public static class Program
{
    static double Bonus(Employee e) => e switch
    {
        { Dept: Dept.Sales, Salary: > 60000 } => e.Salary * 0.10,
        { Dept: Dept.Sales } => e.Salary * 0.08,
        { Dept: Dept.Engineering, Years: >= 5 } => 5000,
        { Dept: Dept.Engineering } => 2500,
        _ => 1000
    };

    public static void Main()
    {
        var staff = new List<Employee>
        {
            new(1, "Alice", Dept.Engineering, 95000, 7),
            new(2, "Bob", Dept.Sales, 55000, 1),
            new(3, "Carol", Dept.Sales, 72000, 4),
            new(4, "Dan", Dept.Support, 41000, 12),
            new(5, "Eve", Dept.Engineering, 68000, 2),
            new(6, "Frank", Dept.Support, 39000, 0),
            new(7, "Grace", Dept.Engineering, 120000, 11),
        };

        var byDept =
            from e in staff
            group e by e.Dept into g
            orderby g.Key
            select (Dept: g.Key, Count: g.Count(), Total: g.Sum(x => x.Salary), Avg: g.Average(x => x.Salary));

        foreach (var d in byDept)
            Console.WriteLine($"{d.Dept,-12}|{d.Count,3}|{d.Total,10:F0}|{d.Avg:F2}");

        Console.WriteLine("-- levels --");
        foreach (var e in staff.OrderByDescending(e => e.Years).ThenBy(e => e.Name))
            Console.WriteLine($"{e.Name} is {e.Level} ({e.Years}y), bonus {Bonus(e):F1}");

        var raises = new[] { new Raise(2, 5), new Raise(5, 10), new Raise(9, 50), new Raise(6, 3.5) };
        var updated = staff
            .GroupJoin(raises, e => e.Id, r => r.EmployeeId, (e, rs) => (e, rs.FirstOrDefault()))
            .Select(t => t.Item2 is { } r ? t.e with { Salary = Math.Round(t.e.Salary * (1 + r.Percent / 100), 2) } : t.e)
            .ToList();

        Console.WriteLine("-- after raises --");
        foreach (var (before, after) in staff.Zip(updated, (a, b) => (a, b)))
        {
            if (before != after)
                Console.WriteLine($"{after.Name}: {before.Salary} -> {after.Salary}");
        }
        Console.WriteLine($"unchanged: {staff.Zip(updated, (a, b) => (First: a, Second: b)).Count(p => p.First == p.Second)}");
        Console.WriteLine($"orphan raises: {string.Join(",", raises.Where(r => staff.All(e => e.Id != r.EmployeeId)).Select(r => r.EmployeeId))}");

        var top = updated.OrderByDescending(e => e.Salary).Take(3).Select(e => e.Name);
        Console.WriteLine($"top3: {string.Join(", ", top)}");

        var (min, max) = (updated.Min(e => e.Salary), updated.Max(e => e.Salary));
        Console.WriteLine($"range: {min}..{max} spread {max - min}");

        var levels = staff.ToLookup(e => e.Level);
        foreach (var lvl in new[] { "Junior", "Mid", "Senior", "Principal", "Intern" })
            Console.WriteLine($"{lvl}: {levels[lvl].Count()} [{string.Join(" ", levels[lvl].Select(e => e.Id))}]");

        Console.WriteLine(updated[^1]);
        Console.WriteLine(updated[1] with { Name = "Robert" });
    }
}
// expect: Engineering |  3|    283000|94333.33
// expect: Sales       |  2|    127000|63500.00
// expect: Support     |  2|     80000|40000.00
// expect: -- levels --
// expect: Dan is Principal (12y), bonus 1000.0
// expect: Grace is Principal (11y), bonus 5000.0
// expect: Alice is Senior (7y), bonus 5000.0
// expect: Carol is Mid (4y), bonus 7200.0
// expect: Eve is Mid (2y), bonus 2500.0
// expect: Bob is Junior (1y), bonus 4400.0
// expect: Frank is Junior (0y), bonus 1000.0
// expect: -- after raises --
// expect: Bob: 55000 -> 57750
// expect: Eve: 68000 -> 74800
// expect: Frank: 39000 -> 40365
// expect: unchanged: 4
// expect: orphan raises: 9
// expect: top3: Grace, Alice, Eve
// expect: range: 40365..120000 spread 79635
// expect: Junior: 2 [2 6]
// expect: Mid: 2 [3 5]
// expect: Senior: 1 [1]
// expect: Principal: 2 [4 7]
// expect: Intern: 0 []
// expect: Employee { Id = 7, Name = Grace, Dept = Engineering, Salary = 120000, Years = 11, Level = Principal }
// expect: Employee { Id = 2, Name = Robert, Dept = Sales, Salary = 57750, Years = 1, Level = Junior }
