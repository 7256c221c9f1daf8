// Two-pass exception handling: an outer filter runs before the inner finally blocks do.
using System;

class Program
{
    static bool Log(string s)
    {
        Console.WriteLine(s);
        return true;
    }

    static void Thrower()
    {
        try
        {
            throw new Exception("x");
        }
        finally
        {
            Console.WriteLine("inner finally");
        }
    }

    static void Main()
    {
        try
        {
            Thrower();
        }
        catch (Exception) when (Log("filter"))
        {
            Console.WriteLine("handler");
        }
        // expect: filter
        // expect: inner finally
        // expect: handler
    }
}
