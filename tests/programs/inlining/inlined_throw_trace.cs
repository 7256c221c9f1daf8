// A small method that throws is inlined like any other; the exception's
// trace still names it, at the line of its throw, and then its caller.
using System;

class Program
{
    static int Checked(int x)
    {
        if (x >= 0)
            return x;
        // The throw ends the method: CoreCLR maps a throw that other code
        // follows to the next statement's line.
        throw new InvalidOperationException("negative");
    }

    static void Main()
    {
        Console.WriteLine(Checked(2));
        Console.WriteLine(Checked(-1));
    }
}
// expect: 2
// throws: System.InvalidOperationException
// trace: at Program.Checked(Int32 x) in inlined_throw_trace.cs:line 13
// trace: at Program.Main() in inlined_throw_trace.cs:line 19
