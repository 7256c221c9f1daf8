// SortedList<TKey,TValue>: sorted keys, Keys[i]/Values[i], IndexOfKey, IndexOfValue, RemoveAt, Capacity, errors.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var sl = new SortedList<string, int>();
        sl.Add("delta", 4);
        sl.Add("alpha", 1);
        sl["charlie"] = 3;
        sl["bravo"] = 2;
        foreach (KeyValuePair<string, int> kv in sl)
            Console.WriteLine(kv.Key + "=" + kv.Value); // expect: alpha=1
        // expect: bravo=2
        // expect: charlie=3
        // expect: delta=4
        Console.WriteLine(sl.Keys[0] + " " + sl.Values[3] + " " + sl.Count); // expect: alpha 4 4
        Console.WriteLine(sl.IndexOfKey("charlie") + " " + sl.IndexOfKey("echo")); // expect: 2 -1
        Console.WriteLine(sl.IndexOfValue(2) + " " + sl.IndexOfValue(9)); // expect: 1 -1
        Console.WriteLine(sl.ContainsKey("bravo") + " " + sl.ContainsValue(4)); // expect: True True
        sl.RemoveAt(0);
        Console.WriteLine(string.Join(",", sl.Keys) + " " + string.Join(",", sl.Values)); // expect: bravo,charlie,delta 2,3,4
        Console.WriteLine(sl.Remove("charlie") + " " + sl.Remove("charlie")); // expect: True False
        int v;
        Console.WriteLine(sl.TryGetValue("delta", out v) + " " + v); // expect: True 4
        sl["delta"] = 40;
        Console.WriteLine(sl["delta"] + " " + sl.Count); // expect: 40 2
        var nums = new SortedList<int, string>();
        Console.WriteLine(nums.Capacity); // expect: 0
        for (int i = 9; i >= 0; i--)
        {
            nums.Add(i * 7 % 11, "v" + i);
            Console.Write(nums.Capacity + " ");
        }
        Console.WriteLine("cap"); // expect: 4 4 4 4 8 8 8 8 16 16 cap
        Console.WriteLine(string.Join(" ", nums.Keys)); // expect: 0 1 2 3 5 6 7 8 9 10
        IList<int> keys = nums.Keys;
        Console.WriteLine(keys.Count + " " + keys[1] + " " + keys.IndexOf(9)); // expect: 10 1 8
        try
        {
            sl.Add("bravo", 0);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: An item with the same key has already been added. Key: bravo (Parameter 'key')
        }
        try
        {
            Console.WriteLine(sl["zulu"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: KeyNotFoundException: The given key 'zulu' was not present in the dictionary.
        }
        try
        {
            sl.Keys.Add("x");
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: NotSupportedException: This operation is not supported on SortedList nested types because they require modifying the original SortedList.
        }
        try
        {
            // SortedList.RemoveAt passes the bad value too, so the message has a second line.
            sl.RemoveAt(5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
            // expect: Actual value was 5.
        }
    }
}
