// Word frequency report: split and normalise a text, GroupBy word, order by count descending then alphabetically, top N with Take, words used once, longest words, and letter counts with ToDictionary.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        string text = "The cat and the hat. The cat sat on the mat; a hat, a cat, and a bat! " +
                      "Sat the cat? Yes: the cat sat.";

        var words = text.Split(new[] { ' ', '.', ',', ';', '!', '?', ':' }, StringSplitOptions.RemoveEmptyEntries)
                        .Select(w => w.ToLower())
                        .ToList();
        Console.WriteLine(words.Count + " words, " + words.Distinct().Count() + " distinct"); // expect: 25 words, 10 distinct

        var freq = words.GroupBy(w => w)
                        .OrderByDescending(g => g.Count())
                        .ThenBy(g => g.Key);
        foreach (var g in freq.Take(5))
            Console.WriteLine(g.Key.PadRight(4, '.') + g.Count());
        // expect: the.6
        // expect: cat.5
        // expect: a...3
        // expect: sat.3
        // expect: and.2

        var once = freq.Where(g => g.Count() == 1).Select(g => g.Key);
        Console.WriteLine("once: " + string.Join(", ", once)); // expect: once: bat, mat, on, yes

        // Histogram bars for words used at least three times.
        foreach (var g in freq.TakeWhile(g => g.Count() >= 3))
            Console.WriteLine(g.Key + " " + new string('*', g.Count()));
        // expect: the ******
        // expect: cat *****
        // expect: a ***
        // expect: sat ***

        // Words by length, each length listing its distinct words.
        var byLength = words.Distinct().GroupBy(w => w.Length).OrderBy(g => g.Key);
        foreach (var g in byLength)
            Console.WriteLine(g.Key + ": " + string.Join(" ", g.OrderBy(w => w)));
        // expect: 1: a
        // expect: 2: on
        // expect: 3: and bat cat hat mat sat the yes

        // Frequency table as a dictionary for lookups.
        Dictionary<string, int> counts = freq.ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(counts["hat"] + " " + counts.ContainsKey("dog")); // expect: 2 False

        // Most common letters (ignoring non-letters).
        var letters = text.ToLower().Where(char.IsLetter)
                          .GroupBy(c => c)
                          .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                          .Take(3)
                          .Select(g => g.Key + "=" + g.Count());
        Console.WriteLine(string.Join(" ", letters)); // expect: t=18 a=17 h=8

        // Sentences and their word counts.
        var sentences = text.Split(new[] { '.', '!', '?' }, StringSplitOptions.RemoveEmptyEntries)
                            .Select(s => s.Trim()).Where(s => s.Length > 0);
        Console.WriteLine(string.Join(" ", sentences.Select(s => s.Split(' ').Length))); // expect: 5 13 3 4
    }
}
