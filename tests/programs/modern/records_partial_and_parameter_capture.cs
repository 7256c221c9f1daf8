// Partial records (the parts' members together make the record: positional properties, equality and printing see every part) and initializers that capture primary-constructor parameters in lambdas.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;

partial record Part(int A);

partial record Part
{
    public int Twice => A * 2;
    public string Tag { get; init; } = "p" + A;
}


public partial record Counter(string Name, int Start)
{
    public Func<string> Greeter { get; } = () => "hi " + Name;
    public Func<int, int> Add { get; } = n => Start + n;
    public List<Func<int>> Steps { get; } = new List<Func<int>> { () => Start, () => Start * 10 };
}

class Program
{
    static void Main()
    {
        var p = new Part(2);
        Console.WriteLine(p);
        Console.WriteLine(p == new Part(2) { Tag = "p2" });
        Console.WriteLine(p with { A = 5 });

        var c = new Counter("ann", 3);
        Console.WriteLine(c.Greeter() + " " + c.Add(4) + " " + c.Steps[0]() + " " + c.Steps[1]());
        var d = c with { Name = "bob" };
        Console.WriteLine(d.Greeter() + " " + d.Name);
    }
}

// expect: Part { A = 2, Twice = 4, Tag = p2 }
// expect: True
// expect: Part { A = 5, Twice = 10, Tag = p2 }
// expect: hi ann 7 3 30
// expect: hi ann bob
