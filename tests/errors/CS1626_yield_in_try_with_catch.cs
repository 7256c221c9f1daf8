// A yield return cannot be in a try block that has catch clauses, nor in a finally block.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers()
    {
        try
        {
            yield return 1; // error CS1626
        }
        catch (Exception)
        {
        }
        try
        {
        }
        finally
        {
            yield return 2; // error CS1625
        }
    }

    static void Main()
    {
    }
}
