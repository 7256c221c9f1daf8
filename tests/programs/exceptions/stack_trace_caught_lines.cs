// A caught exception's StackTrace names the line of each frame it
// crossed, the catching frame's included (the call in its try block).
// mono-differs: Mono reads the PDB's lines only when run with --debug
using System;

class Program
{
    static void Fail(string why)
    {
        throw new FormatException(why);
    }

    // The finally block also keeps CoreCLR from inlining Middle.
    static void Middle()
    {
        try
        {
            Fail("bad");
        }
        finally
        {
            Console.WriteLine("middle finally"); // expect: middle finally
        }
    }

    static void Main()
    {
        try
        {
            Middle();
        }
        catch (FormatException e)
        {
            string[] lines = e.StackTrace.Split('\n');
            Console.WriteLine(lines.Length); // expect: 3
            foreach (string line in lines)
            {
                string l = line.Trim();
                int cut = l.IndexOf(" in ");
                int file = l.LastIndexOf('/');
                Console.WriteLine(l.Substring(0, cut) + " @ " + l.Substring(file + 1));
            }
            // expect: at Program.Fail(String why) @ stack_trace_caught_lines.cs:line 10
            // expect: at Program.Middle() @ stack_trace_caught_lines.cs:line 18
            // expect: at Program.Main() @ stack_trace_caught_lines.cs:line 30
        }
    }
}
// mcs-differs: mcs writes line numbers to a .mdb file, which Sharp does not read
