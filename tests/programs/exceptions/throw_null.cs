// `throw null;` raises a NullReferenceException instead.
using System;

class Program
{
    static void Main()
    {
        try
        {
            throw null;
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("caught " + e.GetType().Name); // expect: caught NullReferenceException
        }
        Exception none = null;
        try
        {
            throw none;
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name); // expect: NullReferenceException
        }
    }
}
