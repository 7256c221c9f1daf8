// Indexing past the end of an array throws System.IndexOutOfRangeException.
using System;

class Program
{
    static void Main()
    {
        int[] a = { 1, 2, 3 };
        Console.WriteLine(a[2]); // expect: 3
        try
        {
            Console.WriteLine(a[-1]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("negative index"); // expect: negative index
        }
        int i = 3;
        Console.WriteLine(a[i]); // throws: System.IndexOutOfRangeException
    }
}
