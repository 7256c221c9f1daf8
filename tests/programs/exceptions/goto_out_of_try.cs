// `goto` a label outside the try block runs the finally blocks it leaves, innermost first.
using System;

class Program
{
    static void Main()
    {
        int n = 0;
    again:
        n++;
        try
        {
            try
            {
                Console.WriteLine("pass " + n);
                if (n < 2) goto again;
                goto done;
            }
            finally
            {
                Console.WriteLine("inner finally " + n);
            }
        }
        finally
        {
            Console.WriteLine("outer finally " + n);
        }
    done:
        Console.WriteLine("done " + n);
        // expect: pass 1
        // expect: inner finally 1
        // expect: outer finally 1
        // expect: pass 2
        // expect: inner finally 2
        // expect: outer finally 2
        // expect: done 2
    }
}
