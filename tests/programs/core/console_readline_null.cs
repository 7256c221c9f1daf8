// Console.ReadLine returns null at end of input (the test harness gives no stdin).
using System;

class Program
{
    static void Main()
    {
        string line = Console.ReadLine();
        Console.WriteLine(line == null ? "no input" : "got: " + line); // expect: no input
        int count = 0;
        while (Console.ReadLine() != null) count++;
        Console.WriteLine(count); // expect: 0
        Console.WriteLine(Console.ReadLine() ?? "still null"); // expect: still null
    }
}
