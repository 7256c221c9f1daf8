// `throw;` from a catch block starts a new search: with no handler above,
// the exception is unhandled and the finally block around the call does
// not run. Its trace keeps the frames of the first throw.
// mono-differs: Mono runs the finally block before reporting the unhandled exception
using System;

class Program
{
    static void Fail()
    {
        throw new NotImplementedException("later");
    }

    static void Main()
    {
        try
        {
            try
            {
                Fail();
            }
            catch (NotImplementedException e)
            {
                Console.WriteLine("caught " + e.Message); // expect: caught later
                throw;
            }
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
    }
}
// throws: System.NotImplementedException
// trace: at Program.Fail() in unhandled_rethrow_skips_finally.cs:line 11
// trace: at Program.Main() in unhandled_rethrow_skips_finally.cs:line 20
