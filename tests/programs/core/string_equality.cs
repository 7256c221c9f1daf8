// Ordinal string equality, however it is spelled: ==, !=, Equals in its
// three forms, string.Equals; null equals only null; lengths, units and
// surrogates all count; culture and case do not enter.
using System;

class Program
{
    static string Build(string a, string b) => a + b;

    static void Main()
    {
        string abc = "abc";
        string built = Build("ab", "c");
        string nothing = null;
        Console.WriteLine((abc == built) + " " + (abc != built) + " " + ReferenceEquals(abc, built));
        Console.WriteLine(abc.Equals(built) + " " + abc.Equals((object)built) + " " + string.Equals(abc, built));
        Console.WriteLine((abc == "abd") + " " + (abc == "ab") + " " + (abc == "abcd") + " " + (abc == "ABC"));
        Console.WriteLine((nothing == null) + " " + (nothing == "") + " " + ("" == nothing) + " " + string.Equals(nothing, null));
        Console.WriteLine(abc.Equals(nothing) + " " + abc.Equals((object)42) + " " + ("" == string.Empty));
        Console.WriteLine(("\u00e9t\u00e9" == Build("\u00e9", "t\u00e9")) + " " + ("\ud83d\ude00" == Build("\ud83d", "\ude00")) + " " + ("\ud83d\ude00" == "\ud83d\ude01"));
        string longer = new string('x', 1000);
        Console.WriteLine((longer == new string('x', 1000)) + " " + (longer == new string('x', 999) + "y"));
        object boxed = built;
        Console.WriteLine(boxed.Equals(abc) + " " + (boxed == (object)abc));
    }
}
// expect: True False False
// expect: True True True
// expect: False False False False
// expect: True False False True
// expect: False False True
// expect: True True False
// expect: True False
// expect: True False
