// String comparison and search under every StringComparison: Compare and its substring
// forms, CompareOrdinal (whose .NET result reads the shorter string's terminating NUL when
// the common length is odd), Equals, StartsWith/EndsWith, IndexOf/LastIndexOf with start
// and count, IndexOfAny/LastIndexOfAny ranges, Contains, and the StringComparer
// objects for the culture-aware kinds.
using System;
using System.Collections.Generic;

class StringComparisons
{
    static int Sign(int x)
    {
        return x < 0 ? -1 : x > 0 ? 1 : 0;
    }

    static void Main()
    {
        Console.WriteLine(string.Compare("abc", "ABC", StringComparison.Ordinal) + " " + string.Compare("abc", "ABD", StringComparison.OrdinalIgnoreCase) + " " + string.Compare("a_", "A[", StringComparison.OrdinalIgnoreCase)); // expect: 32 -1 4
        Console.WriteLine(Sign(string.Compare("apple", "Banana", StringComparison.InvariantCulture)) + " " + Sign(string.Compare("apple", "Banana", StringComparison.Ordinal)) + " " + Sign(string.Compare("Hello", "hello", StringComparison.CurrentCultureIgnoreCase))); // expect: -1 1 0
        Console.WriteLine(string.CompareOrdinal("abc", "abcd") + " " + string.CompareOrdinal("ab", "abc") + " " + string.CompareOrdinal("", "a") + " " + string.CompareOrdinal("a", "ab")); // expect: -100 -1 -97 -98
        Console.WriteLine(string.Compare(null, "a", StringComparison.Ordinal) + " " + string.Compare("a", null, StringComparison.OrdinalIgnoreCase) + " " + string.Compare(null, null, StringComparison.CurrentCulture)); // expect: -1 1 0
        Console.WriteLine(string.CompareOrdinal("xabcx", 1, "yabdy", 1, 2) + " " + string.CompareOrdinal("xabcx", 1, "yabdy", 1, 3) + " " + string.CompareOrdinal("abc", 1, "bc", 0, 10)); // expect: 0 -1 0
        Console.WriteLine(Sign(string.Compare("Hello World", 6, "world", 0, 5)) + " " + string.Compare("Hello World", 6, "world", 0, 5, true) + " " + string.Compare("Hello World", 6, "WORLD", 0, 5, StringComparison.OrdinalIgnoreCase)); // expect: 1 0 0
        Console.WriteLine(string.Equals("straße", "STRASSE", StringComparison.OrdinalIgnoreCase) + " " + string.Equals("Résumé", "RÉSUMÉ", StringComparison.OrdinalIgnoreCase) + " " + "abc".Equals("ABC", StringComparison.InvariantCultureIgnoreCase) + " " + "abc".Equals("ABC", StringComparison.Ordinal)); // expect: False True True False
        Console.WriteLine("Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase) + " " + "Hello".StartsWith("he", StringComparison.Ordinal) + " " + "Hello".EndsWith("LLO", StringComparison.CurrentCultureIgnoreCase) + " " + "Hello".EndsWith("", StringComparison.Ordinal)); // expect: True False True True
        string s = "The quick brown fox jumps over the lazy dog";
        Console.WriteLine(s.IndexOf("the") + " " + s.IndexOf("the", StringComparison.OrdinalIgnoreCase) + " " + s.IndexOf("THE", 1, StringComparison.CurrentCultureIgnoreCase) + " " + s.IndexOf("o", 15, 5) + " " + s.IndexOf("o", 15, 2)); // expect: 31 0 31 17 -1
        Console.WriteLine(s.LastIndexOf("o") + " " + s.LastIndexOf("o", 20) + " " + s.LastIndexOf("o", 20, 3) + " " + s.LastIndexOf("THE", StringComparison.OrdinalIgnoreCase) + " " + s.LastIndexOf("the", 30, StringComparison.Ordinal)); // expect: 41 17 -1 31 -1
        Console.WriteLine(s.IndexOf('o', 13, 4) + " " + s.IndexOf('O', StringComparison.OrdinalIgnoreCase) + " " + s.LastIndexOf('o', 16, 5) + " " + s.LastIndexOf('o', 40, 30)); // expect: -1 12 12 26
        char[] vowels = { 'a', 'e', 'i', 'o', 'u' };
        Console.WriteLine(s.IndexOfAny(vowels) + " " + s.IndexOfAny(vowels, 3) + " " + s.IndexOfAny(vowels, 10, 2) + " " + s.LastIndexOfAny(vowels) + " " + s.LastIndexOfAny(vowels, 10) + " " + s.LastIndexOfAny(vowels, 10, 3)); // expect: 2 5 -1 41 6 -1
        Console.WriteLine("abc".LastIndexOf("") + " " + "abc".LastIndexOf("", 3) + " " + "abc".IndexOf("", 3) + " " + "".LastIndexOf("") + " " + "abc".IndexOf("c", 3)); // expect: 2 2 3 0 -1
        Console.WriteLine(s.Contains("FOX", StringComparison.OrdinalIgnoreCase) + " " + s.Contains("FOX", StringComparison.Ordinal) + " " + s.Contains('Q', StringComparison.OrdinalIgnoreCase) + " " + s.Contains('q')); // expect: True False True True
        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana" };
        words.Sort(StringComparer.InvariantCulture);
        Console.WriteLine(string.Join(" ", words)); // expect: apple Apple banana Banana cherry
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words)); // expect: Apple Banana apple banana cherry
        var set = new HashSet<string>(StringComparer.InvariantCultureIgnoreCase) { "Key", "KEY", "key", "other" };
        Console.WriteLine(set.Count + " " + set.Contains("kEy") + " " + StringComparer.CurrentCultureIgnoreCase.Equals("abc", "ABC") + " " + StringComparer.FromComparison(StringComparison.Ordinal).Equals("abc", "ABC")); // expect: 2 True True False
        Console.WriteLine(("Hello".GetHashCode(StringComparison.OrdinalIgnoreCase) == "HELLO".GetHashCode(StringComparison.OrdinalIgnoreCase)) + " " + ("Hello".GetHashCode(StringComparison.Ordinal) == "Hello".GetHashCode())); // expect: True True
        Console.WriteLine(StringComparer.FromComparison(StringComparison.OrdinalIgnoreCase) == StringComparer.OrdinalIgnoreCase); // expect: True
    }
}
