// An exception thrown inside a finally block replaces the one that was propagating.
using System;

class Program
{
    static void Work()
    {
        try
        {
            throw new ArgumentException("first");
        }
        finally
        {
            Console.WriteLine("finally runs"); // expect: finally runs
            throw new InvalidOperationException("second");
        }
    }

    static void Main()
    {
        try
        {
            Work();
        }
        catch (ArgumentException)
        {
            Console.WriteLine("wrong: the first exception was replaced");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message); // expect: caught second
            Console.WriteLine(e.InnerException == null); // expect: True
        }
    }
}
