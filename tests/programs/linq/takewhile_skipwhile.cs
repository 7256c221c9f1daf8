// TakeWhile and SkipWhile (both predicate forms, with and without index) splitting a log into its header and body, and how they differ from Where once the predicate fails.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var log = new List<string> {
            "# app log", "# version 3", "start", "# not a header", "load", "stop",
        };
        var header = log.TakeWhile(l => l.StartsWith("#"));
        var body = log.SkipWhile(l => l.StartsWith("#"));
        Console.WriteLine(string.Join(" | ", header)); // expect: # app log | # version 3
        Console.WriteLine(string.Join(" | ", body)); // expect: start | # not a header | load | stop
        Console.WriteLine(string.Join(" | ", log.Where(l => l.StartsWith("#")))); // expect: # app log | # version 3 | # not a header

        var nums = new[] { 2, 4, 6, 7, 8, 10, 1 };
        Console.WriteLine(string.Join(" ", nums.TakeWhile(n => n % 2 == 0))); // expect: 2 4 6
        Console.WriteLine(string.Join(" ", nums.SkipWhile(n => n % 2 == 0))); // expect: 7 8 10 1
        Console.WriteLine(string.Join(" ", nums.TakeWhile(n => n < 100)).Length); // expect: 14
        Console.WriteLine(nums.SkipWhile(n => n < 100).Count()); // expect: 0

        // Index forms: stop when the value falls below its position times two.
        Console.WriteLine(string.Join(" ", nums.TakeWhile((n, i) => n >= i * 2))); // expect: 2 4 6 7 8 10
        Console.WriteLine(string.Join(" ", nums.SkipWhile((n, i) => i < 3))); // expect: 7 8 10 1

        // A sorted sequence sliced into a range.
        var sorted = new[] { 1, 3, 5, 8, 13, 21, 34, 55 };
        var between = sorted.SkipWhile(n => n < 5).TakeWhile(n => n <= 21);
        Console.WriteLine(string.Join(",", between)); // expect: 5,8,13,21

        // The predicate is not called again after TakeWhile stops.
        int calls = 0;
        var early = sorted.TakeWhile(n => { calls++; return n < 4; }).ToList();
        Console.WriteLine(early.Count + " " + calls); // expect: 2 3

        // SkipWhile stops testing once one element fails.
        calls = 0;
        var rest = sorted.SkipWhile(n => { calls++; return n < 4; }).ToList();
        Console.WriteLine(rest.Count + " " + calls); // expect: 6 3

        // Leading and trailing blanks trimmed from a list of lines.
        var lines = new[] { "", "", "a", "", "b", "", "" };
        var trimmed = lines.SkipWhile(s => s == "").Reverse().SkipWhile(s => s == "").Reverse();
        Console.WriteLine(string.Join("/", trimmed)); // expect: a//b

        // Parse the leading digits of a string.
        string text = "2024abc7";
        string digits = new string(text.TakeWhile(char.IsDigit).ToArray());
        Console.WriteLine(int.Parse(digits) + 1); // expect: 2025
        Console.WriteLine(new string(text.SkipWhile(char.IsDigit).ToArray())); // expect: abc7
    }
}
