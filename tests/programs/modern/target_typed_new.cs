// Target-typed new(): in local declarations, field and property initializers, arguments, return statements, array and collection initializers, assignments, with constructor arguments and object/collection initializers, and to a nullable struct target (S? s = new(...)).
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;
using System.Text;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => $"({X},{Y})";
}

class Order
{
    public string Id { get; set; } = "none";
    public List<Point> Stops { get; } = new();
    public Dictionary<string, List<int>> Notes = new() { ["init"] = new() { 1, 2 } };
    public Order() { }
    public Order(string id) { Id = id; }
    public override string ToString() => $"{Id}: {string.Join(" ", Stops)} notes={Notes.Count}";
}

class Program
{
    static readonly object gate = new();
    static StringBuilder log = new("log:");

    static Point Mid(Point a, Point b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);
    static Order Make(string id)
    {
        if (id.Length == 0) return new();
        return new(id) { Stops = { new(1, 1) } };
    }
    static void Show(Order o) => Console.WriteLine(o);

    static void Main()
    {
        Point origin = new();
        Point p = new(4, 6);
        Console.WriteLine($"{origin} {p} {Mid(p, new(0, 2))}");

        Point? maybe = new(7, 8);
        Point? none = null;
        Console.WriteLine($"{maybe.HasValue} {maybe.Value} {none.HasValue}");

        Order o = new() { Id = "A1" };
        o.Stops.Add(new(2, 3));
        o.Stops.Add(new() { X = 9 });
        Show(o);
        Show(new("B2") { Id = "B2-renamed" });
        Show(Make(""));
        Show(Make("C3"));

        Point[] path = { new(0, 0), new(1, 2), new() };
        var more = new Point[] { new(5, 5) };
        Console.WriteLine(path.Length + more.Length + " " + path[1] + more[0]);

        List<string> names = new() { "x", "y" };
        Dictionary<string, Point> at = new();
        at["home"] = new(10, 20);
        names.Add(at["home"].ToString());
        Console.WriteLine(string.Join("|", names));

        lock (gate) { log.Append(" locked"); }
        Exception e = new("boom");
        Console.WriteLine(log + " " + e.Message + " " + (gate.GetType() == typeof(object)));
    }
}
// expect: (0,0) (4,6) (2,4)
// expect: True (7,8) False
// expect: A1: (2,3) (9,0) notes=1
// expect: B2-renamed:  notes=1
// expect: none:  notes=1
// expect: C3: (1,1) notes=1
// expect: 4 (1,2)(5,5)
// expect: x|y|(10,20)
// expect: log: locked boom True
