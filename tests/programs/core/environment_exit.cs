// Environment.Exit(4) ends the process at once with exit code 4; earlier output is kept.
// exit: 4
using System;

class Program
{
    static void Stop()
    {
        Console.WriteLine("stopping");
        Environment.Exit(4);
        Console.WriteLine("after exit");
    }

    static void Main()
    {
        Console.Write("partial ");
        Console.WriteLine("line"); // expect: partial line
        try
        {
            Stop();
            // expect: stopping
        }
        finally
        {
            Console.WriteLine("finally");
        }
        Console.WriteLine("not reached");
    }
}
