// Nullable reference annotations (string?, List<string?>, string?[], T? on class-constrained T, Dictionary<string, string?>) with #nullable enable, and the null-forgiving operator x! on locals, calls, member chains, null! initializers and next to != and logical !.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
#nullable enable
using System;
using System.Collections.Generic;

class Person
{
    public string Name { get; }
    public string? Nickname { get; set; }
    public Person? Manager { get; set; }
    public Person(string name) { Name = name; }
}

class Directory
{
    readonly Dictionary<string, string?> phones = new Dictionary<string, string?>();
    public string Label = null!;
    public void Set(string who, string? phone) => phones[who] = phone;
    public string? Phone(string who) => phones.TryGetValue(who, out var p) ? p : null;
    public static T? FirstOrNull<T>(List<T> items, Func<T, bool> pred) where T : class
    {
        foreach (var it in items) if (pred(it)) return it;
        return null;
    }
}

class Program
{
    static int Len(string? s) => s?.Length ?? -1;
    static string Shout(string s) => s.ToUpper() + "!";

    static void Main()
    {
        string? maybe = null;
        string sure = "hi";
        Console.WriteLine($"{Len(maybe)} {Len(sure)} {maybe ?? "(null)"}");
        maybe = "there";
        Console.WriteLine(Shout(maybe!) + " " + maybe!.Length + " " + (maybe! != sure));

        var boss = new Person("Ada") { Nickname = "A" };
        var dev = new Person("Bo") { Manager = boss };
        Console.WriteLine(dev.Manager!.Name + " " + (dev.Nickname ?? dev.Name) + " " + (dev.Manager.Manager?.Name ?? "top"));
        Console.WriteLine(boss.Nickname!.Length + Len(dev.Nickname));

        List<string?> tags = new List<string?> { "a", null, "c" };
        int nulls = 0;
        foreach (string? t in tags) if (t == null) nulls++;
        string?[] arr = { null, "z" };
        Console.WriteLine($"{tags.Count} {nulls} {arr[1]!.ToUpper()} {arr[0] is null}");

        var dir = new Directory();
        dir.Set("ada", "555-1");
        dir.Set("bo", null);
        Console.WriteLine((dir.Phone("ada") ?? "none") + " " + (dir.Phone("bo") ?? "none") + " " + (dir.Phone("cy") ?? "none"));
        Console.WriteLine(dir.Label == null);
        dir.Label = "main";
        var people = new List<Person> { boss, dev };
        Person? found = Directory.FirstOrNull(people, p => p.Name.StartsWith("B"));
        Person? missing = Directory.FirstOrNull(people, p => p.Name.Length > 10);
        Console.WriteLine(found!.Name + " " + (missing?.Name ?? "nobody") + " " + dir.Label);
        bool ok = !(missing! == null);
        Console.WriteLine(ok);
    }
}
// expect: -1 2 (null)
// expect: THERE! 5 True
// expect: Ada Bo top
// expect: 0
// expect: 3 1 Z True
// expect: 555-1 none none
// expect: True
// expect: Bo nobody main
// expect: False
