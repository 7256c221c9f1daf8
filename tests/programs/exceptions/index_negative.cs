// A negative array index raises IndexOutOfRangeException on load and on store.
using System;

class Program
{
    static void Main()
    {
        int[] a = { 1, 2, 3 };
        int i = -1;
        try
        {
            Console.WriteLine(a[i]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.Message); // expect: Index was outside the bounds of the array.
        }
        try
        {
            a[i] = 9;
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("store caught"); // expect: store caught
        }
        Console.WriteLine(a[0] + a[1] + a[2]); // expect: 6
    }
}
