// A jagged array: the outer index and the inner row's index are each checked.
using System;

class Program
{
    static void Main()
    {
        int[][] j = new int[2][];
        j[0] = new int[1];
        j[1] = new int[3];
        j[1][2] = 7;
        Console.WriteLine(j[1][2]); // expect: 7
        try { Console.WriteLine(j[0][1]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("inner"); } // expect: inner
        try { Console.WriteLine(j[2][0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("outer"); } // expect: outer
    }
}
