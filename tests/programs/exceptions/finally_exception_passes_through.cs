// A try/finally without catch runs its finally while the exception propagates to the caller's handler.
using System;

class Program
{
    static void Work()
    {
        try
        {
            Console.WriteLine("work"); // expect: work
            throw new InvalidOperationException("failed");
        }
        finally
        {
            Console.WriteLine("cleanup"); // expect: cleanup
        }
    }

    static void Main()
    {
        try
        {
            Work();
            Console.WriteLine("not reached");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caller caught " + e.Message); // expect: caller caught failed
        }
    }
}
