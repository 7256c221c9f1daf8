// An unhandled exception from a try/finally: the finally's output appears before the program dies.
// mono-differs: Mono does not run finally blocks for an unhandled exception
using System;

class Program
{
    static void Main()
    {
        try
        {
            Console.WriteLine("try"); // expect: try
            throw new NotSupportedException("nope"); // throws: System.NotSupportedException
        }
        finally
        {
            Console.WriteLine("finally"); // expect: finally
        }
    }
}
