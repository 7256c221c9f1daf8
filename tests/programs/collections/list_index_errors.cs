// List<T> range errors: the indexer, RemoveAt, Insert, RemoveRange and InsertRange throw with .NET's messages.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var l = new List<int> { 1, 2, 3 };
        try
        {
            Console.WriteLine(l[3]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
            Console.WriteLine(e.ParamName); // expect: index
        }
        try
        {
            l[-1] = 0;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
        }
        try
        {
            l.RemoveAt(3);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
        }
        try
        {
            l.Insert(4, 9);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index must be within the bounds of the List. (Parameter 'index')
        }
        try
        {
            l.RemoveRange(1, 5);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.
        }
        try
        {
            l.RemoveRange(-1, 1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Non-negative number required. (Parameter 'index')
        }
        try
        {
            l.InsertRange(5, new int[] { 1 });
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
        }
        try
        {
            l.AddRange(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentNullException: Value cannot be null. (Parameter 'collection')
        }
        Console.WriteLine(string.Join(" ", l)); // expect: 1 2 3
        l.Insert(3, 4);
        Console.WriteLine(string.Join(" ", l)); // expect: 1 2 3 4
        Console.WriteLine(l[3]); // expect: 4
        Console.WriteLine(l[4]); // throws: System.ArgumentOutOfRangeException
    }
}
