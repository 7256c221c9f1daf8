// Indexing, storing into or taking the Length of a null array raises NullReferenceException.
using System;

class Program
{
    static void Main()
    {
        int[] a = null;
        string[] names = null;
        try { Console.WriteLine(a[0]); }
        catch (NullReferenceException) { Console.WriteLine("load"); } // expect: load
        try { a[1] = 5; }
        catch (NullReferenceException) { Console.WriteLine("store"); } // expect: store
        try { Console.WriteLine(a.Length); }
        catch (NullReferenceException) { Console.WriteLine("length"); } // expect: length
        try { names[0] = "x"; }
        catch (NullReferenceException) { Console.WriteLine("reference store"); } // expect: reference store
        string[] holes = new string[2];
        try { Console.WriteLine(holes[1].Length); }
        catch (NullReferenceException) { Console.WriteLine("null element"); } // expect: null element
    }
}
