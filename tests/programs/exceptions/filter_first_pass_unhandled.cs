// Every filter declines: the first pass has run them all and found no
// handler, so the exception is reported at once and no finally block
// runs, as on CoreCLR.
// mono-differs: Mono runs filters and finally blocks in one pass
using System;

class Program
{
    static bool No(string where)
    {
        Console.WriteLine("filter in " + where);
        return false;
    }

    static void Inner()
    {
        try
        {
            throw new InvalidOperationException("unwanted");
        }
        catch (Exception) when (No("Inner"))
        {
            Console.WriteLine("not here");
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
            Inner();
        }
        catch (InvalidOperationException) when (No("Main"))
        {
            Console.WriteLine("not here either");
        }
        finally
        {
            Console.WriteLine("main finally");
        }
    }
}
// expect: filter in Inner
// expect: filter in Main
// throws: System.InvalidOperationException
// trace: at Program.Inner() in filter_first_pass_unhandled.cs:line 19
// trace: at Program.Main() in filter_first_pass_unhandled.cs:line 35
