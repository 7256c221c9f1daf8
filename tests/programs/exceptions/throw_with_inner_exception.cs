// Wrapping: a new exception thrown from a catch carries the caught one as InnerException.
using System;

class Program
{
    static void Load()
    {
        try
        {
            int.Parse("not a number");
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("could not load", e);
        }
    }

    static void Main()
    {
        try
        {
            Load();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: could not load
            Console.WriteLine(e.InnerException.GetType().Name); // expect: FormatException
            Console.WriteLine(e.InnerException.Message); // expect: Input string was not in a correct format.
            Console.WriteLine(e.InnerException.InnerException == null); // expect: True
        }
    }
}
