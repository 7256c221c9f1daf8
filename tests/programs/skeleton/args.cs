// args: one two
using System;

class Program
{
    static void Main(string[] args)
    {
        Console.WriteLine(args.Length); // expect: 2
        Console.WriteLine(args[0]); // expect: one
        Console.WriteLine(args[1]); // expect: two
        for (int i = 0; i < args.Length; i++)
        {
            Console.WriteLine(i + ": " + args[i]);
        }
        // expect: 0: one
        // expect: 1: two
        string joined = "";
        for (int i = args.Length - 1; i >= 0; i--) joined += args[i];
        Console.WriteLine(joined); // expect: twoone
    }
}
