// Anagram classes: a canonical key built by sorting a word's letters (OrderBy on chars, new string(ToArray())), GroupBy that key, keep classes with several members, and order groups by size and first word.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Key(string w)
    {
        return new string(w.ToLower().OrderBy(c => c).ToArray());
    }

    static void Main()
    {
        var words = new List<string> {
            "listen", "silent", "enlist", "google", "inlets", "banana",
            "stone", "notes", "onset", "tones", "rat", "tar", "art", "cat", "Act",
        };

        Console.WriteLine(Key("Listen")); // expect: eilnst

        var classes = words.GroupBy(Key)
                           .Where(g => g.Count() > 1)
                           .OrderByDescending(g => g.Count())
                           .ThenBy(g => g.First());
        foreach (var g in classes)
            Console.WriteLine(g.Key + ": " + string.Join(" ", g));
        // expect: eilnst: listen silent enlist inlets
        // expect: enost: stone notes onset tones
        // expect: art: rat tar art
        // expect: act: cat Act

        var loners = words.GroupBy(Key).Where(g => g.Count() == 1).SelectMany(g => g);
        Console.WriteLine("no anagram: " + string.Join(", ", loners)); // expect: no anagram: google, banana

        // Is one word an anagram of another?
        Func<string, string, bool> isAnagram = (a, b) => Key(a) == Key(b);
        Console.WriteLine(isAnagram("Dormitory", "dirtyroom") + " " + isAnagram("abc", "abd")); // expect: True False

        // Same check via letter counts instead of sorting.
        Func<string, string> counts = w => string.Join(",", w.GroupBy(c => c).OrderBy(g => g.Key).Select(g => g.Key + "" + g.Count()));
        Console.WriteLine(counts("banana") + " | " + counts("google")); // expect: a3,b1,n2 | e1,g2,l1,o2

        // Words containing every letter of "ten".
        var withTen = words.Where(w => "ten".All(c => w.Contains(c)));
        Console.WriteLine(string.Join(" ", withTen)); // expect: listen silent enlist inlets stone notes onset tones

        // The biggest class and its size, via a lookup.
        var lookup = words.ToLookup(Key);
        Console.WriteLine(lookup["eilnst"].Count() + " " + lookup[Key("SENOT")].Last()); // expect: 4 tones
        Console.WriteLine(lookup.Count(g => g.Count() >= 3)); // expect: 3

        // Pairs within each class, without repeats.
        var pairs = lookup["art"].SelectMany((a, i) => lookup["art"].Skip(i + 1), (a, b) => a + "/" + b);
        Console.WriteLine(string.Join(" ", pairs)); // expect: rat/tar rat/art tar/art
    }
}
