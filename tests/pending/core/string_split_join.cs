// string Split(','), string.Join and string.Concat.
using System;

class Program
{
    static void Main()
    {
        string csv = "a,b,,c";
        string[] parts = csv.Split(',');
        Console.WriteLine(parts.Length); // expect: 4
        foreach (string p in parts) Console.WriteLine("[" + p + "]");
        // expect: [a]
        // expect: [b]
        // expect: []
        // expect: [c]
        Console.WriteLine(string.Join("|", parts)); // expect: a|b||c
        Console.WriteLine(string.Join(", ", new[] { "x", "y", "z" })); // expect: x, y, z
        Console.WriteLine(string.Join("-", new string[0]).Length); // expect: 0
        Console.WriteLine("one two  three".Split(' ').Length); // expect: 4
        Console.WriteLine("nocomma".Split(',')[0]); // expect: nocomma
        Console.WriteLine(string.Concat("a", "b")); // expect: ab
        Console.WriteLine(string.Concat("a", "b", "c", "d")); // expect: abcd
        Console.WriteLine(string.Concat(1, 2)); // expect: 12
        Console.WriteLine("1;2:3".Split(';', ':').Length); // expect: 3
    }
}
