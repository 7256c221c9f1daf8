// Console.Error.WriteLine goes to stderr and does not disturb stdout.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("out 1"); // expect: out 1
        Console.Error.WriteLine("this goes to stderr");
        Console.Error.Write("err ");
        Console.Error.WriteLine(42);
        Console.WriteLine("out 2"); // expect: out 2
        Console.Out.WriteLine("via Out"); // expect: via Out
    }
}
