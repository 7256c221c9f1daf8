// CSV sales report in top-level statements: verbatim string split into rows, array ranges, indexed Select into named tuples, not-null and property patterns, nominal record with init-only properties and a static parser, GroupBy into tuples deconstructed in foreach, ToLookup pivot table, relational switch expression as a group key, nullable double comparisons, a static local function
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

var csv = @"region,rep,product,units,price
North,Ann,Widget,12,2.50
North,Ann,Gadget,3,10.00
South,Bob,Widget,7,2.50
South,Bob,Gizmo,,4.00
East,Cy,Gadget,5,10.00
West,Dee,Widget,abc,2.50
North,Eli,Gizmo,9,4.00
East,Cy,Widget,20,2.25
South,Fay,Gadget,1,9.50
bad line";

var lines = csv.Split('\n');
var header = lines[0].Split(',');
Console.WriteLine($"columns: {header.Length} ({string.Join("|", header[1..^1])})");

var errors = new List<string>();
var sales = lines[1..]
    .Select((line, i) => (Line: i + 2, Fields: line.Trim().Split(',')))
    .Select(row => Sale.Parse(row.Line, row.Fields, errors))
    .Where(s => s is not null)
    .Select(s => s!)
    .ToList();

Console.WriteLine($"parsed {sales.Count}, errors {errors.Count}");
errors.ForEach(e => Console.WriteLine("  " + e));

var byRegion = sales
    .GroupBy(s => s.Region)
    .Select(g => (Region: g.Key, Revenue: g.Sum(s => s.Revenue), Units: g.Sum(s => s.Units)))
    .OrderByDescending(r => r.Revenue);
foreach (var (region, revenue, units) in byRegion)
    Console.WriteLine($"{region,-6}{units,4}{revenue,9:F2} {Bar(revenue)}");

var bestRep = sales.GroupBy(s => s.Rep).OrderByDescending(g => g.Sum(s => s.Revenue)).ThenBy(g => g.Key).First();
Console.WriteLine($"best rep: {bestRep.Key} with {bestRep.Sum(s => s.Revenue):F2} over {bestRep.Count()} sale(s)");

var pivot = sales.ToLookup(s => s.Product);
var products = pivot.Select(g => g.Key).OrderBy(p => p).ToArray();
var regions = sales.Select(s => s.Region).Distinct().OrderBy(r => r).ToArray();
Console.WriteLine("        " + string.Join("", regions.Select(r => $"{r,7}")));
foreach (var p in products)
{
    var cells = regions.Select(r => pivot[p].Where(s => s.Region == r).Sum(s => s.Units));
    Console.WriteLine($"{p,-8}" + string.Join("", cells.Select(c => c == 0 ? "      -" : $"{c,7}")));
}

var tiers = sales.GroupBy(s => s.Revenue switch
{
    >= 40 => "large",
    >= 20 and < 40 => "medium",
    _ => "small"
}).OrderBy(g => g.Key);
foreach (var t in tiers)
    Console.WriteLine($"{t.Key}: {string.Join(", ", t.Select(s => $"{s.Rep}/{s.Product}"))}");

double total = 0;
double? largest = null;
foreach (var s in sales)
{
    total += s.Revenue;
    if (largest is null || s.Revenue > largest) largest = s.Revenue;
}
Console.WriteLine($"total {total:F2}, largest {largest}, mean {total / sales.Count:F3}");

static string Bar(double v) => new string('*', (int)Math.Round(v / 10));

record Sale
{
    public string Region { get; init; } = "";
    public string Rep { get; init; } = "";
    public string Product { get; init; } = "";
    public int Units { get; init; }
    public double Price { get; init; }
    public double Revenue => Units * Price;

    public static Sale? Parse(int line, string[] f, List<string> errors)
    {
        if (f is not { Length: 5 })
        {
            errors.Add($"line {line}: expected 5 fields, got {f.Length}");
            return null;
        }
        if (!int.TryParse(f[3], out var units))
        {
            errors.Add($"line {line}: bad units '{f[3]}'");
            return null;
        }
        return new Sale { Region = f[0], Rep = f[1], Product = f[2], Units = units, Price = double.Parse(f[4]) };
    }
}
// expect: columns: 5 (rep|product|units)
// expect: parsed 7, errors 3
// expect:   line 5: bad units ''
// expect:   line 7: bad units 'abc'
// expect:   line 11: expected 5 fields, got 1
// expect: North   24    96.00 **********
// expect: East    25    95.00 **********
// expect: South    8    27.00 ***
// expect: best rep: Cy with 95.00 over 2 sale(s)
// expect:            East  North  South
// expect: Gadget        5      3      1
// expect: Gizmo         -      9      -
// expect: Widget       20     12      7
// expect: large: Cy/Gadget, Cy/Widget
// expect: medium: Ann/Widget, Ann/Gadget, Eli/Gizmo
// expect: small: Bob/Widget, Fay/Gadget
// expect: total 218.00, largest 50, mean 31.143
