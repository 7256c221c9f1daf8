// List<T>.GetRange (an independent copy), CopyTo in its three forms, and ToArray.
// mono-differs: Mono 6.8 words the CopyTo destination-too-short message differently and appends "\nParameter name: p"
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var l = new List<int> { 10, 20, 30, 40, 50 };
        List<int> mid = l.GetRange(1, 3);
        Console.WriteLine(mid.Count + ": " + string.Join(",", mid)); // expect: 3: 20,30,40
        mid[0] = 99;
        Console.WriteLine(l[1] + " " + mid[0]); // expect: 20 99
        Console.WriteLine(l.GetRange(5, 0).Count); // expect: 0
        int[] arr = new int[7];
        l.CopyTo(arr);
        Console.WriteLine(string.Join(",", arr)); // expect: 10,20,30,40,50,0,0
        int[] arr2 = new int[7];
        l.CopyTo(arr2, 2);
        Console.WriteLine(string.Join(",", arr2)); // expect: 0,0,10,20,30,40,50
        int[] arr3 = new int[3];
        l.CopyTo(3, arr3, 1, 2);
        Console.WriteLine(string.Join(",", arr3)); // expect: 0,40,50
        int[] copy = l.ToArray();
        copy[0] = -1;
        Console.WriteLine(copy.Length + " " + copy[0] + " " + l[0]); // expect: 5 -1 10
        Console.WriteLine(new List<string>().ToArray().Length); // expect: 0
        string[] names = new List<string> { "a", "b" }.ToArray();
        Console.WriteLine(names.GetType()); // expect: System.String[]
        try
        {
            l.GetRange(3, 5);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.
        }
        try
        {
            l.CopyTo(new int[4]);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')
        }
    }
}
