// An exception no frame catches: the first pass walks every frame (past
// catch clauses of other types) and finds no handler, so no finally block
// runs before the report, as on CoreCLR.
// mono-differs: Mono runs the finally blocks before reporting the unhandled exception
using System;

class Program
{
    static void Inner()
    {
        try
        {
            Console.WriteLine("inner"); // expect: inner
            throw new InvalidOperationException("nobody catches this");
        }
        finally
        {
            Console.WriteLine("inner finally");
        }
    }

    static void Middle()
    {
        try
        {
            Inner();
        }
        catch (ArgumentException)
        {
            Console.WriteLine("wrong type");
        }
        finally
        {
            Console.WriteLine("middle finally");
        }
    }

    static void Main()
    {
        try
        {
            Middle();
        }
        catch (FormatException)
        {
            Console.WriteLine("wrong type again");
        }
    }
}
// throws: System.InvalidOperationException
// trace: at Program.Inner() in unhandled_nested_finally_skipped.cs:line 14
// trace: at Program.Middle() in unhandled_nested_finally_skipped.cs:line 26
// trace: at Program.Main() in unhandled_nested_finally_skipped.cs:line 42
