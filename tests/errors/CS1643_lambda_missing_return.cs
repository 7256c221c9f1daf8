// A lambda whose delegate returns a value must return one on every path.
using System;

class Program
{
    static void Main(string[] args)
    {
        Func<int> f = () => { if (args.Length > 0) return 1; }; // error CS1643
        Console.WriteLine(f());
    }
}
