// string Contains, StartsWith, EndsWith and Replace (char and string forms).
using System;

class Program
{
    static void Main()
    {
        string s = "the quick brown fox";
        Console.WriteLine(s.Contains("quick")); // expect: True
        Console.WriteLine(s.Contains("Quick")); // expect: False
        Console.WriteLine(s.Contains("")); // expect: True
        Console.WriteLine(s.StartsWith("the")); // expect: True
        Console.WriteLine(s.StartsWith("fox")); // expect: False
        Console.WriteLine(s.EndsWith("fox")); // expect: True
        Console.WriteLine(s.EndsWith("x")); // expect: True
        Console.WriteLine(s.Replace("quick", "slow")); // expect: the slow brown fox
        Console.WriteLine(s.Replace('o', '0')); // expect: the quick br0wn f0x
        Console.WriteLine(s.Replace(" ", "")); // expect: thequickbrownfox
        Console.WriteLine("aaa".Replace("a", "bb")); // expect: bbbbbb
        Console.WriteLine("abc".Replace("x", "y")); // expect: abc
        Console.WriteLine(s); // expect: the quick brown fox
    }
}
