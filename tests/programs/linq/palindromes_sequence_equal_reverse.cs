// Reverse and SequenceEqual: palindrome detection over cleaned-up phrases, comparing sequences of different kinds (list, array, lazy query), length mismatches, comparer overload, and Reverse buffering its source lazily.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static bool IsPalindrome(string s)
    {
        var letters = s.Where(char.IsLetter).Select(char.ToLower);
        return letters.SequenceEqual(letters.Reverse());
    }

    static void Main()
    {
        var phrases = new[] { "Racecar", "Step on no pets!", "Was it a cat I saw?", "Linq", "No lemon, no melon" };
        foreach (var p in phrases)
            Console.WriteLine((IsPalindrome(p) ? "yes " : "no  ") + p);
        // expect: yes Racecar
        // expect: yes Step on no pets!
        // expect: yes Was it a cat I saw?
        // expect: no  Linq
        // expect: yes No lemon, no melon

        var list = new List<int> { 1, 2, 3 };
        var array = new[] { 1, 2, 3 };
        var lazy = Enumerable.Range(1, 3);
        Console.WriteLine(list.SequenceEqual(array) + " " + array.SequenceEqual(lazy)); // expect: True True
        Console.WriteLine(list.SequenceEqual(new[] { 1, 2 }) + " " + list.SequenceEqual(new[] { 1, 2, 3, 4 })); // expect: False False
        Console.WriteLine(list.SequenceEqual(new[] { 3, 2, 1 }) + " " + list.SequenceEqual(new[] { 3, 2, 1 }.Reverse())); // expect: False True
        Console.WriteLine(new int[0].SequenceEqual(Enumerable.Empty<int>())); // expect: True

        var upper = new[] { "A", "B" };
        var lower = new List<string> { "a", "b" };
        Console.WriteLine(upper.SequenceEqual(lower) + " " + upper.SequenceEqual(lower, StringComparer.OrdinalIgnoreCase)); // expect: False True

        // Reverse does not change the source, and reads it only when enumerated.
        var source = new List<string> { "x", "y" };
        var back = source.Reverse<string>();
        source.Add("z");
        Console.WriteLine(string.Join("", back) + " " + string.Join("", source)); // expect: zyx xyz

        // Reverse is a buffer: changing the list after enumeration starts is not seen.
        var seen = new List<string>();
        foreach (var s in ((IEnumerable<string>)source).Reverse())
        {
            if (seen.Count == 0) source[0] = "CHANGED";
            seen.Add(s);
        }
        Console.WriteLine(string.Join(",", seen)); // expect: z,y,x

        // Sorted descending equals sorted ascending reversed.
        var nums = new[] { 5, 1, 4, 2, 3 };
        Console.WriteLine(nums.OrderByDescending(n => n).SequenceEqual(nums.OrderBy(n => n).Reverse())); // expect: True

        // Reverse words of a sentence, and each word's letters.
        string sentence = "one two three";
        Console.WriteLine(string.Join(" ", sentence.Split(' ').Reverse())); // expect: three two one
        Console.WriteLine(string.Join(" ", sentence.Split(' ').Select(w => new string(w.Reverse().ToArray())))); // expect: eno owt eerht

        // Is a list sorted? Compare it with its ordered copy.
        var runs = new[] { new[] { 1, 2, 2, 5 }, new[] { 3, 1 } };
        Console.WriteLine(string.Join(" ", runs.Select(r => r.SequenceEqual(r.OrderBy(x => x))))); // expect: True False
    }
}
