// An exception a library method raises (int.Parse of bad text) with no
// handler anywhere: the finally blocks of the frames it would cross do
// not run before the report.
// mono-differs: Mono runs the finally block before reporting the unhandled exception
using System;

class Program
{
    static int Read(string s)
    {
        try
        {
            return int.Parse(s);
        }
        finally
        {
            Console.WriteLine("read finally");
        }
    }

    static void Main()
    {
        Console.WriteLine(Read("12")); // expect: read finally
        // expect: 12
        Console.WriteLine(Read("twelve"));
    }
}
// throws: System.FormatException
// trace: at Program.Read(String s) in unhandled_native_fault_skips_finally.cs:line 13
// trace: at Program.Main() in unhandled_native_fault_skips_finally.cs:line 25
