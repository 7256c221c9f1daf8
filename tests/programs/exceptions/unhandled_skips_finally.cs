// An unhandled exception: CoreCLR finds no handler in its first pass and ends the process without running finally blocks (ECMA-335 I.12.4.2.5 leaves this unspecified).
// mono-differs: Mono runs the finally block (prints "finally") before reporting the unhandled exception
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
            Console.WriteLine("finally");
        }
    }
}
