// An exception filter `when (cond)` selects the clause only when cond is true; otherwise the next clause is tried.
using System;

class Program
{
    static void Run(bool flag)
    {
        try
        {
            throw new InvalidOperationException("x");
        }
        catch (InvalidOperationException) when (flag)
        {
            Console.WriteLine("filtered clause");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("fallback clause");
        }
    }

    static void Main()
    {
        Run(true); // expect: filtered clause
        Run(false); // expect: fallback clause
    }
}
