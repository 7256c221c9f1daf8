// Out-of-range indices on a rectangular 2-D array raise IndexOutOfRangeException, in either dimension.
using System;

class Program
{
    static void Main()
    {
        int[,] m = new int[2, 3];
        m[1, 2] = 5;
        Console.WriteLine(m[1, 2]); // expect: 5
        try { m[2, 0] = 1; }
        catch (IndexOutOfRangeException) { Console.WriteLine("row out of range"); } // expect: row out of range
        try { Console.WriteLine(m[0, 3]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("column out of range"); } // expect: column out of range
        int k = -1;
        try { Console.WriteLine(m[k, 0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("negative"); } // expect: negative
    }
}
