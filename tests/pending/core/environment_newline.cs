// Environment.NewLine is "\n" on Unix and joins lines in strings.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Environment.NewLine.Length); // expect: 1
        Console.WriteLine(Environment.NewLine == "\n"); // expect: True
        Console.Write("a" + Environment.NewLine + "b" + Environment.NewLine);
        // expect: a
        // expect: b
        Console.Write(Environment.NewLine); // expect:
        Console.WriteLine("end"); // expect: end
    }
}
