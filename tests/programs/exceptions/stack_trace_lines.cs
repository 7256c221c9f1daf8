// An unhandled exception's stack trace names the source line of every
// frame (`in file.cs:line N`), from the sequence points the compiler
// records in the PDB: the throw, then each call on the way out.
using System;

class Program
{
    static int Depth(int n)
    {
        if (n > 0)
            return Depth(n - 1) + 1;
        // The throw ends the method: CoreCLR and Mono map a throw that
        // other code follows to the next statement's line.
        throw new InvalidOperationException("deep");
    }

    static void Main()
    {
        Console.WriteLine("start"); // expect: start
        int r = Depth(2);
        Console.WriteLine(r);
    }
}
// throws: System.InvalidOperationException
// trace: at Program.Depth(Int32 n) in stack_trace_lines.cs:line 14
// trace: at Program.Depth(Int32 n) in stack_trace_lines.cs:line 11
// trace: at Program.Main() in stack_trace_lines.cs:line 20
