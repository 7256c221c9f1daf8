using System;

class Program
{
    static void Main(string[] args)
    {
        Console.WriteLine(args.Length); // expect: 0
        Console.WriteLine(args.Length == 0 ? "no arguments" : "arguments"); // expect: no arguments
    }
}
