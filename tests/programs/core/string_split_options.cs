// String.Split with StringSplitOptions, a count, and string separators; StringComparer.Ordinal and OrdinalIgnoreCase.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Join("|", "a,,b,c,".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))); // expect: a|b|c
        Console.WriteLine(string.Join("|", "a,,b,c,".Split(new[] { ',' }, StringSplitOptions.None))); // expect: a||b|c|
        Console.WriteLine(string.Join("|", "a,b,c,d".Split(new[] { ',' }, 2))); // expect: a|b,c,d
        Console.WriteLine(string.Join("|", "a--b----c".Split(new[] { "--" }, StringSplitOptions.None))); // expect: a|b||c
        Console.WriteLine(string.Join("|", "a--b----c".Split(new[] { "--" }, StringSplitOptions.RemoveEmptyEntries))); // expect: a|b|c
        Console.WriteLine("".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Length); // expect: 0
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("abc", "ABC") + " " + StringComparer.Ordinal.Equals("abc", "ABC")); // expect: True False
        Console.WriteLine(StringComparer.Ordinal.Compare("a", "B") > 0); // expect: True
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ci["Key"] = 1;
        ci["KEY"] = 2;
        Console.WriteLine(ci.Count + " " + ci["key"]); // expect: 1 2
        var words = new List<string> { "b", "B", "a", "A" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words)); // expect: A B a b
    }
}
