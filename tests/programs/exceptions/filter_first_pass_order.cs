// Two passes with filters in two frames: the first pass runs the inner
// frame's filter (it declines) and then the outer one's (it takes the
// exception), before any finally block; the second pass runs the finally
// blocks from the inside out and enters the outer handler, without running
// either filter again. The filters read a parameter, a local and the
// catch variable.
using System;

class Program
{
    static int calls;

    static bool Check(Exception e, int limit)
    {
        calls++;
        Console.WriteLine("filter " + e.Message + " " + limit);
        return e.Message.Length > limit;
    }

    static void Inner()
    {
        try
        {
            throw new Exception("abcdef");
        }
        finally
        {
            Console.WriteLine("inner finally");
        }
    }

    static void Middle(int limit)
    {
        int seen = 0;
        try
        {
            seen = 1;
            Inner();
        }
        catch (Exception e) when (seen == 1 && Check(e, limit))
        {
            Console.WriteLine("middle caught " + e.Message);
        }
        finally
        {
            Console.WriteLine("middle finally " + seen);
        }
    }

    static void Main()
    {
        int limit = 3;
        try
        {
            Middle(10);
        }
        catch (Exception e) when (Check(e, limit))
        {
            Console.WriteLine("main caught " + e.Message + " after " + calls + " filter calls");
        }
        // expect: filter abcdef 10
        // expect: filter abcdef 3
        // expect: inner finally
        // expect: middle finally 1
        // expect: main caught abcdef after 2 filter calls
    }
}
