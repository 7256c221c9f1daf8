// String interpolation of ints, strings, bools, chars, doubles and nested expressions.
using System;

class Program
{
    static int Twice(int v) => v * 2;

    static void Main()
    {
        int x = 42;
        string name = "Ann";
        Console.WriteLine($"{x}"); // expect: 42
        Console.WriteLine($"x = {x}, name = {name}"); // expect: x = 42, name = Ann
        Console.WriteLine($"{x + 1} {x * 2} {Twice(x)}"); // expect: 43 84 84
        bool ok = true;
        char c = 'z';
        double d = 2.5;
        Console.WriteLine($"{ok} {c} {d} {1.0 / 4}"); // expect: True z 2.5 0.25
        Console.WriteLine($"{(x > 40 ? "big" : "small")}"); // expect: big
        Console.WriteLine($"{name.Length}{name[0]}{name.ToUpper()}"); // expect: 3AANN
        string nul = null;
        Console.WriteLine($"[{nul}]"); // expect: []
        Console.WriteLine($"nested {$"inner {x}"}"); // expect: nested inner 42
        Console.WriteLine($""); // expect:
        Console.WriteLine($"{-5L} {3u} {(byte)7}"); // expect: -5 3 7
        Console.WriteLine($@"C:\{name}\{x}"); // expect: C:\Ann\42
    }
}
