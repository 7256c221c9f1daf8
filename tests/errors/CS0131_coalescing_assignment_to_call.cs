// The left side of ??= must be a variable, property or indexer, not a method call.
using System;

class Program
{
    static string Name() => null;

    static void Main()
    {
        string local = null;
        local ??= "x";
        Name() ??= "fallback"; // error CS0131
        Console.WriteLine(local);
    }
}
