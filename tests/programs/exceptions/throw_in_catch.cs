// An exception thrown inside a catch block is not caught by sibling clauses; the finally still runs.
using System;

class Program
{
    static void Work()
    {
        try
        {
            throw new ArgumentException("a");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("catch ArgumentException"); // expect: catch ArgumentException
            throw new InvalidOperationException("from catch");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("wrong: sibling clause");
        }
        finally
        {
            Console.WriteLine("finally"); // expect: finally
        }
    }

    static void Main()
    {
        try
        {
            Work();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("outer " + e.Message); // expect: outer from catch
        }
    }
}
