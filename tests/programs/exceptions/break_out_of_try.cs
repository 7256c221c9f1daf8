// `break` out of a try block inside a loop runs the finally, then leaves the loop.
using System;

class Program
{
    static void Main()
    {
        for (int i = 0; i < 10; i++)
        {
            try
            {
                Console.WriteLine("iteration " + i);
                if (i == 2) break;
            }
            finally
            {
                Console.WriteLine("finally " + i);
            }
        }
        Console.WriteLine("after loop");
        // expect: iteration 0
        // expect: finally 0
        // expect: iteration 1
        // expect: finally 1
        // expect: iteration 2
        // expect: finally 2
        // expect: after loop
    }
}
