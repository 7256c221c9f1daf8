// PadLeft/PadRight, CompareTo (by sign), Equals and == on strings, string.IsNullOrEmpty.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("[" + "42".PadLeft(5) + "]"); // expect: [   42]
        Console.WriteLine("[" + "42".PadRight(5) + "]"); // expect: [42   ]
        Console.WriteLine("7".PadLeft(3, '0')); // expect: 007
        Console.WriteLine("ab".PadRight(4, '.') + "|"); // expect: ab..|
        Console.WriteLine("toolong".PadLeft(3)); // expect: toolong
        Console.WriteLine(Math.Sign("apple".CompareTo("banana"))); // expect: -1
        Console.WriteLine(Math.Sign("b".CompareTo("a"))); // expect: 1
        Console.WriteLine("same".CompareTo("same")); // expect: 0
        Console.WriteLine("abc".CompareTo("abcd") < 0); // expect: True
        Console.WriteLine(string.CompareOrdinal("a", "B") > 0); // expect: True
        string a = "hello";
        string b = "hel" + "lo".ToString();
        Console.WriteLine(a == b); // expect: True
        Console.WriteLine(a.Equals(b)); // expect: True
        Console.WriteLine(a.Equals("Hello")); // expect: False
        Console.WriteLine(string.Equals(a, null)); // expect: False
        Console.WriteLine(string.IsNullOrEmpty(null)); // expect: True
        Console.WriteLine(string.IsNullOrEmpty("")); // expect: True
        Console.WriteLine(string.IsNullOrEmpty(" ")); // expect: False
        Console.WriteLine(string.IsNullOrWhiteSpace(" \t")); // expect: True
        Console.WriteLine(string.Empty.Length); // expect: 0
    }
}
