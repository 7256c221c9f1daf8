// Calls that leave out a library's caller-information arguments pass their own member and
// line; an ordinary optional parameter keeps its default.
using System;

class Program
{
    static string Name { get { return Trace.At(); } }

    static void Main()
    {
        Console.WriteLine(Trace.At());
        Console.WriteLine(Name);
        Console.WriteLine(Trace.At("given"));
        Console.WriteLine(Trace.Plain());
    }
}
