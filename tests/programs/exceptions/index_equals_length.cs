// Index == Length (one past the end) raises IndexOutOfRangeException; Length - 1 is fine.
using System;

class Program
{
    static void Main()
    {
        string[] s = new string[4];
        s[s.Length - 1] = "last";
        Console.WriteLine(s[3]); // expect: last
        try
        {
            s[s.Length] = "too far";
            Console.WriteLine("not reached");
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name); // expect: IndexOutOfRangeException
        }
        int[] empty = new int[0];
        try
        {
            Console.WriteLine(empty[0]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("empty array"); // expect: empty array
        }
    }
}
