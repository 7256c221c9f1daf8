// args: a b c d e
// exit: 5
using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine(args[4]); // expect: e
        return args.Length;
    }
}
