// string Length, indexer, Substring, IndexOf and LastIndexOf with chars and strings.
using System;

class Program
{
    static void Main()
    {
        string s = "hello, world";
        Console.WriteLine(s.Length); // expect: 12
        Console.WriteLine(s[0]); // expect: h
        Console.WriteLine(s[s.Length - 1]); // expect: d
        Console.WriteLine(s.Substring(7)); // expect: world
        Console.WriteLine(s.Substring(0, 5)); // expect: hello
        Console.WriteLine(s.Substring(12).Length); // expect: 0
        Console.WriteLine(s.IndexOf('o')); // expect: 4
        Console.WriteLine(s.LastIndexOf('o')); // expect: 8
        Console.WriteLine(s.IndexOf('z')); // expect: -1
        Console.WriteLine(s.IndexOf("world")); // expect: 7
        Console.WriteLine(s.IndexOf("o", 5)); // expect: 8
        Console.WriteLine(s.LastIndexOf("l")); // expect: 10
        Console.WriteLine(s.IndexOf("")); // expect: 0
        Console.WriteLine(s.IndexOf('l', 4)); // expect: 10
        Console.WriteLine("".Length); // expect: 0
    }
}
