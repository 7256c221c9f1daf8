// A return from three nested try/finally blocks runs the finally blocks from innermost to outermost.
using System;

class Program
{
    static int F()
    {
        try
        {
            try
            {
                try
                {
                    Console.WriteLine("returning");
                    return 7;
                }
                finally
                {
                    Console.WriteLine("finally A");
                }
            }
            finally
            {
                Console.WriteLine("finally B");
            }
        }
        finally
        {
            Console.WriteLine("finally C");
        }
    }

    static void Main()
    {
        Console.WriteLine("result " + F());
        // expect: returning
        // expect: finally A
        // expect: finally B
        // expect: finally C
        // expect: result 7
    }
}
