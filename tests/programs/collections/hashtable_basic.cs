// The non-generic Hashtable: Add, indexer (a missing key reads null), ContainsKey/ContainsValue, Remove, Count, keys listed in sorted order, errors.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var h = new Hashtable();
        h.Add("one", 1);
        h.Add("two", 2);
        h["three"] = 3;
        h["two"] = 22;
        Console.WriteLine(h.Count); // expect: 3
        Console.WriteLine(h["two"] + " " + h["three"]); // expect: 22 3
        Console.WriteLine(h["four"] == null); // expect: True
        Console.WriteLine(h.ContainsKey("one") + " " + h.Contains("one") + " " + h.ContainsKey("four")); // expect: True True False
        Console.WriteLine(h.ContainsValue(22) + " " + h.ContainsValue(2)); // expect: True False
        var keys = new ArrayList(h.Keys);
        keys.Sort();
        foreach (string k in keys)
            Console.WriteLine(k + "=" + h[k]); // expect: one=1
        // expect: three=3
        // expect: two=22
        int total = 0;
        foreach (DictionaryEntry e in h)
            total += (int)e.Value;
        Console.WriteLine(total); // expect: 26
        h.Remove("one");
        h.Remove("missing");
        Console.WriteLine(h.Count + " " + h.ContainsKey("one")); // expect: 2 False
        var mixed = new Hashtable();
        mixed[1] = "int one";
        mixed[1L] = "long one";
        mixed["1"] = "string one";
        Console.WriteLine(mixed.Count + " " + mixed[1] + "|" + mixed[1L] + "|" + mixed["1"]); // expect: 3 int one|long one|string one
        try
        {
            h.Add("two", 0);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: Item has already been added. Key in dictionary: 'two'  Key being added: 'two'
        }
        try
        {
            h[null] = 1;
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentNullException: Key cannot be null. (Parameter 'key')
        }
        h.Clear();
        Console.WriteLine(h.Count); // expect: 0
        var squares = new Hashtable();
        for (int i = 0; i < 100; i++)
            squares[i] = i * i;
        long sum = 0;
        foreach (object v in squares.Values)
            sum += (int)v;
        Console.WriteLine(squares.Count + " " + sum + " " + squares[99]); // expect: 100 328350 9801
    }
}
