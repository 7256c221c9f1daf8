// Nested var deconstruction (C# 7). Sharp: CS0103 for the nested names.
using System;
class Program
{
    static void Main()
    {
        var ((a, b), c) = ((1, 2), 3);
        Console.WriteLine($"{a} {b} {c}");
    }
}
// expect: 1 2 3
