// When every filter is false the exception keeps propagating to an outer handler.
using System;

class Program
{
    static void Inner()
    {
        try
        {
            throw new ArgumentException("inner problem");
        }
        catch (ArgumentException e) when (e.Message == "something else")
        {
            Console.WriteLine("wrong handler");
        }
        Console.WriteLine("not reached");
    }

    static void Main()
    {
        try
        {
            Inner();
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("outer caught: " + e.Message); // expect: outer caught: inner problem
        }
    }
}
