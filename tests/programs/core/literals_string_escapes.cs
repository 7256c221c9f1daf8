// Regular and verbatim string literals with their escapes.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("a\tb"); // expect: a	b
        Console.WriteLine("line1\nline2");
        // expect: line1
        // expect: line2
        Console.WriteLine("quote: \"hi\""); // expect: quote: "hi"
        Console.WriteLine("back\\slash"); // expect: back\slash
        Console.WriteLine("\u0048\x49"); // expect: HI
        Console.WriteLine(@"C:\path\to\file"); // expect: C:\path\to\file
        Console.WriteLine(@"say ""hi"""); // expect: say "hi"
        Console.WriteLine(@"no \n escape"); // expect: no \n escape
        string multi = @"first
second";
        Console.WriteLine(multi.Length); // expect: 12
        Console.WriteLine("\x41BC"); // expect: 䆼
        Console.WriteLine("".Length + " " + "\0".Length); // expect: 0 1
        Console.WriteLine("it's"); // expect: it's
    }
}
