// Uses the public types of lib.dll: construction, properties, enum arguments, ToString override, GetType.
using System;
using Tally;

class Program
{
    static void Main()
    {
        Counter c = new Counter("hits");
        c.Step(Kind.Up);
        c.Step(Kind.Up);
        c.Step(Kind.Down);
        c.Step(Kind.Up);
        Console.WriteLine(c.Value);
        Console.WriteLine(Format.Box(c));
        Console.WriteLine(c.GetType().FullName);
        Console.WriteLine(Kind.Down);
    }
}
