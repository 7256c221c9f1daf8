// HashSet<T> basics: Add returns whether the item was new, Contains, Remove, Count, Clear, insertion-order enumeration.
// mono-differs: Mono 6.8 says "Collection was modified; enumeration operation may not execute." for a HashSet changed during foreach
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var s = new HashSet<int>();
        Console.WriteLine(s.Add(5)); // expect: True
        Console.WriteLine(s.Add(1)); // expect: True
        Console.WriteLine(s.Add(5)); // expect: False
        Console.WriteLine(s.Add(3)); // expect: True
        Console.WriteLine(s.Count); // expect: 3
        Console.WriteLine(string.Join(" ", s)); // expect: 5 1 3
        Console.WriteLine(s.Contains(1) + " " + s.Contains(2)); // expect: True False
        Console.WriteLine(s.Remove(1)); // expect: True
        Console.WriteLine(s.Remove(1)); // expect: False
        Console.WriteLine(s.Count + " " + s.Contains(1)); // expect: 2 False
        s.Clear();
        Console.WriteLine(s.Count); // expect: 0
        var words = new HashSet<string> { "to", "be", "or", "not", "to", "be" };
        Console.WriteLine(words.Count); // expect: 4
        foreach (string w in words)
            Console.WriteLine(w); // expect: to
        // expect: be
        // expect: or
        // expect: not
        Console.WriteLine(words.Contains(null)); // expect: False
        Console.WriteLine(words.Add(null) + " " + words.Contains(null) + " " + words.Count); // expect: True True 5
        Console.WriteLine(words.Remove(null)); // expect: True
        var fromArray = new HashSet<char>("hello world".ToCharArray());
        Console.WriteLine(fromArray.Count); // expect: 8
        Console.WriteLine(string.Join("", fromArray)); // expect: helo wrd
        var dups = new List<int> { 4, 4, 2, 4, 2, 9 };
        var unique = new HashSet<int>(dups);
        Console.WriteLine(string.Join(",", unique)); // expect: 4,2,9
        int[] arr = new int[5];
        unique.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr)); // expect: 0,4,2,9,0
        var big = new HashSet<int>();
        for (int i = 0; i < 1000; i++)
            big.Add(i % 250);
        Console.WriteLine(big.Count); // expect: 250
        try
        {
            foreach (int x in unique)
                unique.Add(x + 100);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: Collection was modified after the enumerator was instantiated.
        }
    }
}
