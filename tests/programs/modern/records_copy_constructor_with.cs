// How `with` copies: it clones through the record's copy constructor (a user-defined protected copy constructor that gives the copy a new id and revision; the synthesized one copies all fields and runs no initializers), runs init accessors with validation on the copy, can set public fields and settable properties, copies private state, and leaves the original untouched; object initializers on positional records.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

record Document
{
    private static int nextId = 1;
    public string Title { get; init; }
    public string Body { get; init; }
    public int Id { get; }
    public int Revision { get; private set; }
    public List<string> Log;

    public Document(string title, string body)
    {
        Title = title;
        Body = body;
        Id = nextId++;
        Log = new List<string>();
    }

    protected Document(Document original)
    {
        Title = original.Title;
        Body = original.Body;
        Revision = original.Revision + 1;
        Id = nextId++;
        Log = new List<string>(original.Log) { "copied from #" + original.Id };
    }

    public void Touch() => Revision += 10;
}

record Percentage
{
    private int value;
    public int Value
    {
        get => value;
        init => this.value = value is >= 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(Value), value, "0..100");
    }
    public string Label { get; set; } = "";
}

record Ticket(string Subject)
{
    public static int Issued;
    public int Number { get; } = ++Issued;
}

record Point3(int X, int Y, int Z)
{
    public string Name;
}

class Program
{
    static void Main()
    {
        var draft = new Document("Plan", "todo");
        var second = draft with { Body = "step 1" };
        var third = second with { };
        Console.WriteLine($"{draft.Id} {draft.Revision} {draft.Body} [{string.Join("; ", draft.Log)}]");
        Console.WriteLine($"{second.Id} {second.Revision} {second.Body} [{string.Join("; ", second.Log)}]");
        Console.WriteLine($"{third.Id} {third.Revision} {third.Body} [{string.Join("; ", third.Log)}]");
        third.Touch();
        Console.WriteLine((third with { Title = "Final" }).Revision);
        Console.WriteLine(second == third);

        var t1 = new Ticket("printer");
        var t2 = t1 with { Subject = "printer jam" };
        Console.WriteLine($"{t1.Number} {t2.Number} {Ticket.Issued} {t2}");

        var p = new Percentage { Value = 40, Label = "done" };
        var q = p with { Value = 100 };
        q.Label = "complete";
        Console.WriteLine($"{p.Value} {p.Label} / {q.Value} {q.Label}");
        try
        {
            var bad = q with { Value = 101, Label = "never" };
            Console.WriteLine("not reached " + bad);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine($"rejected {e.ParamName} {e.ActualValue}");
        }
        Console.WriteLine(p with { Label = "done" } == p);

        var origin = new Point3(0, 0, 0) { Name = "origin" };
        var up = origin with { Z = 5, Name = "up" };
        Console.WriteLine(origin);
        Console.WriteLine(up);
        var renamed = new Point3(1, 2, 3) { X = 9, Name = null };
        Console.WriteLine(renamed);
        var (x, y, z) = renamed;
        Console.WriteLine(x * 100 + y * 10 + z);
        Console.WriteLine(up with { Name = "origin", Z = 0 } == origin);
    }
}
// expect: 1 0 todo []
// expect: 2 1 step 1 [copied from #1]
// expect: 3 2 step 1 [copied from #1; copied from #2]
// expect: 13
// expect: False
// expect: 1 1 1 Ticket { Subject = printer jam, Number = 1 }
// expect: 40 done / 100 complete
// expect: rejected Value 101
// expect: True
// expect: Point3 { X = 0, Y = 0, Z = 0, Name = origin }
// expect: Point3 { X = 0, Y = 0, Z = 5, Name = up }
// expect: Point3 { X = 9, Y = 2, Z = 3, Name =  }
// expect: 923
// expect: True
