// An exception thrown 12 frames deep runs the finally block of every frame it passes, deepest first.
using System;

class Program
{
    static void Down(int depth)
    {
        try
        {
            if (depth == 12) throw new InvalidOperationException("bottom");
            Down(depth + 1);
            Console.WriteLine("not reached " + depth);
        }
        finally
        {
            Console.WriteLine("finally " + depth);
        }
    }

    static void Main()
    {
        try
        {
            Down(1);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        // expect: finally 12
        // expect: finally 11
        // expect: finally 10
        // expect: finally 9
        // expect: finally 8
        // expect: finally 7
        // expect: finally 6
        // expect: finally 5
        // expect: finally 4
        // expect: finally 3
        // expect: finally 2
        // expect: finally 1
        // expect: caught bottom
    }
}
