// Reading or writing a field through a null reference raises NullReferenceException.
using System;

class Box
{
    public int Value;
}

class Program
{
    static void Main()
    {
        Box b = null;
        try
        {
            Console.WriteLine(b.Value);
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("read: " + e.GetType().Name); // expect: read: NullReferenceException
        }
        try
        {
            b.Value = 3;
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("write caught"); // expect: write caught
        }
    }
}
