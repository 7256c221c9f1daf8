// List<T>.Reverse() and Reverse(index, count).
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var l = new List<string> { "a", "b", "c", "d", "e" };
        l.Reverse();
        Console.WriteLine(string.Join("", l)); // expect: edcba
        l.Reverse(1, 3);
        Console.WriteLine(string.Join("", l)); // expect: ebcda
        l.Reverse(0, 0);
        Console.WriteLine(string.Join("", l)); // expect: ebcda
        var even = new List<int> { 1, 2, 3, 4 };
        even.Reverse();
        Console.WriteLine(string.Join(" ", even)); // expect: 4 3 2 1
        var empty = new List<int>();
        empty.Reverse();
        Console.WriteLine(empty.Count); // expect: 0
        try
        {
            even.Reverse(2, 5);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.
        }
    }
}
