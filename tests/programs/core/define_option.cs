// Symbols defined by the compiler's option (`sharp build -d DEBUG`, mcs's -define:) act as
// if each file began with #define: #if sees them, [Conditional] calls stay, and #undef
// in the file removes them again.
// define: DEBUG VERBOSE TRACE
#undef TRACE
using System;
using System.Diagnostics;

class DefineOption
{
    [Conditional("VERBOSE")]
    static void Verbose(string s)
    {
        Console.WriteLine("verbose: " + s);
    }

    [Conditional("TRACE")]
    static void Trace(string s)
    {
        Console.WriteLine("trace: " + s);
    }

    static void Main()
    {
#if DEBUG
        Console.WriteLine("debug build"); // expect: debug build
#else
        Console.WriteLine("release build");
#endif
        Verbose("kept"); // expect: verbose: kept
        Trace("removed by #undef");
#if TRACE
        Console.WriteLine("trace defined");
#endif
        Console.WriteLine("done"); // expect: done
    }
}
