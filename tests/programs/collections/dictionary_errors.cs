// Dictionary errors and their messages: duplicate Add, missing key, null key; the program ends on an unhandled KeyNotFoundException.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { { "x", 1 } };
        try
        {
            d.Add("x", 2);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: An item with the same key has already been added. Key: x
        }
        Console.WriteLine(d["x"]); // expect: 1
        try
        {
            Console.WriteLine(d["y"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: KeyNotFoundException: The given key 'y' was not present in the dictionary.
        }
        try
        {
            d.Add(null, 3);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentNullException: Value cannot be null. (Parameter 'key')
            Console.WriteLine(e.ParamName); // expect: key
        }
        try
        {
            d[null] = 3;
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentNullException: Value cannot be null. (Parameter 'key')
        }
        try
        {
            int v;
            d.TryGetValue(null, out v);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("TryGetValue: " + e.Message); // expect: TryGetValue: Value cannot be null. (Parameter 'key')
        }
        try
        {
            d.ContainsKey(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("ContainsKey: " + e.Message); // expect: ContainsKey: Value cannot be null. (Parameter 'key')
        }
        try
        {
            d.Remove(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("Remove: " + e.Message); // expect: Remove: Value cannot be null. (Parameter 'key')
        }
        try
        {
            var dup = new Dictionary<int, string> { { 1, "a" }, { 2, "b" }, { 1, "c" } };
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message); // expect: An item with the same key has already been added. Key: 1
        }
        var ints = new Dictionary<int, int>();
        try
        {
            Console.WriteLine(ints[42]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message); // expect: The given key '42' was not present in the dictionary.
        }
        try
        {
            new Dictionary<string, int>(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'capacity')
        }
        Console.WriteLine(d.Count); // expect: 1
        Console.WriteLine(d["missing"]); // throws: System.Collections.Generic.KeyNotFoundException
    }
}
