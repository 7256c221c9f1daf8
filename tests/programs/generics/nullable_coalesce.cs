// The null-coalescing operator ?? with nullable value types (int? ?? int gives int, chains, int? ?? int? stays nullable) and with references.
using System;

class Program
{
    static int? Lookup(int key)
    {
        if (key == 1) return 100;
        if (key == 2) return 0;
        return null;
    }

    static int calls;
    static int Fallback() { calls++; return -1; }

    static void Main()
    {
        int? a = null, b = 5;
        int x = a ?? 7;
        Console.WriteLine(x); // expect: 7
        Console.WriteLine(b ?? 7); // expect: 5
        Console.WriteLine(Lookup(1) ?? -1); // expect: 100
        Console.WriteLine(Lookup(2) ?? -1); // expect: 0
        Console.WriteLine(Lookup(3) ?? -1); // expect: -1
        int? c = a ?? Lookup(3);
        Console.WriteLine(c.HasValue); // expect: False
        Console.WriteLine(a ?? Lookup(3) ?? Lookup(1) ?? 0); // expect: 100
        Console.WriteLine(b ?? Fallback()); // expect: 5
        Console.WriteLine(calls); // expect: 0
        Console.WriteLine(a ?? Fallback()); // expect: -1
        Console.WriteLine(calls); // expect: 1
        string s = null;
        Console.WriteLine(s ?? "default"); // expect: default
        Console.WriteLine((s ?? "ab").Length); // expect: 2
        long total = (a ?? 1) + (b ?? 1) + 1000000000000L;
        Console.WriteLine(total); // expect: 1000000000006
        double? d = null;
        Console.WriteLine(d ?? 0.5); // expect: 0.5
        bool? flag = null;
        if (flag ?? true) Console.WriteLine("treated as true"); // expect: treated as true
        object o = a ?? (object)"boxed";
        Console.WriteLine(o); // expect: boxed
    }
}
