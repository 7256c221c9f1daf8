// Spin and Run loop long enough to move to optimised code mid-call (on-stack replacement)
// before Spin throws. Nothing catches it: the trace names each method once, at the lines
// running when it was raised, and the finally blocks do not run, as the search for a
// handler reaches the entry point through the quick frames the loops left.
// mono-differs: Mono runs the finally block before reporting the unhandled exception
using System;

class Program
{
    static int Spin(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            s += i;
            if (i == n - 1) throw new InvalidOperationException("spun " + s);
        }
        return s;
    }

    static void Main()
    {
        try { Run(); }
        finally { Console.WriteLine("finally of Main"); }
    }

    static void Run()
    {
        long warm = 0;
        for (int i = 0; i < 5000; i++) warm += i;
        Console.WriteLine(warm);
        try
        {
            for (int round = 0; round < 3000; round++)
            {
                if (round == 2999) Console.WriteLine(Spin(5000));
            }
        }
        finally
        {
            Console.WriteLine("finally");
        }
    }
}
// expect: 12497500
// throws: System.InvalidOperationException: spun 12497500
// trace: at Program.Spin(Int32 n) in unhandled_after_loop_moved.cs:line 16
// trace: at Program.Run() in unhandled_after_loop_moved.cs:line 36
// trace: at Program.Main() in unhandled_after_loop_moved.cs:line 23
