// Standard input through Console.Read, Console.In.Peek, ReadLine and ReadToEnd, mixed, with
// UTF-8 beyond ASCII; Console.SetOut and Console.Out.Flush.
// stdin: ab\nsecond line\r\nnaïve 😀\nrest\nof it
using System;
using System.IO;

class ConsoleStdin
{
    static void Main()
    {
        int a = Console.Read();
        int b = Console.In.Peek();
        Console.WriteLine((char)a + " " + (char)b + " " + (char)Console.Read()); // expect: a b b
        Console.WriteLine("[" + Console.ReadLine() + "]"); // expect: []
        Console.WriteLine("[" + Console.In.ReadLine() + "]"); // expect: [second line]
        string third = Console.ReadLine();
        Console.WriteLine(third.Length + " " + third); // expect: 8 naïve 😀
        Console.Out.Flush();
        var saved = Console.Out;
        var capture = new StringWriter();
        Console.SetOut(capture);
        Console.Write("hidden {0}", 1);
        Console.SetOut(saved);
        Console.WriteLine("captured: " + capture); // expect: captured: hidden 1
        Console.Write(Console.In.ReadToEnd().Replace("\n", "/")); // expect: rest/of it
        Console.WriteLine();
        Console.WriteLine(Console.ReadLine() == null); // expect: True
        Console.WriteLine(Console.Read()); // expect: -1
    }
}
