// `throw;` from a catch inside a try/finally: the inner finally runs, then the outer catch sees the same exception.
using System;

class Program
{
    static void Main()
    {
        try
        {
            try
            {
                try
                {
                    throw new FormatException("f");
                }
                catch (FormatException)
                {
                    Console.WriteLine("log and rethrow"); // expect: log and rethrow
                    throw;
                }
                finally
                {
                    Console.WriteLine("inner finally"); // expect: inner finally
                }
            }
            finally
            {
                Console.WriteLine("middle finally"); // expect: middle finally
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("outer: " + e.GetType().Name + " " + e.Message); // expect: outer: FormatException f
        }
    }
}
