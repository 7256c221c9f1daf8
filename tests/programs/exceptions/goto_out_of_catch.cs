// `goto` from a catch block to a label after the try statement runs the finally first.
using System;

class Program
{
    static void Main()
    {
        try
        {
            throw new InvalidOperationException("oops");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("catch " + e.Message); // expect: catch oops
            goto recovered;
        }
        finally
        {
            Console.WriteLine("finally"); // expect: finally
        }
        Console.WriteLine("not reached");
    recovered:
        Console.WriteLine("recovered"); // expect: recovered
    }
}
