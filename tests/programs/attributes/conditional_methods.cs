// [Conditional]: a call is compiled only where one of the method's symbols is defined
// (#define at the top of the calling file); elsewhere the call and the evaluation of its
// arguments disappear. Several Conditional attributes mean any one of their symbols.
#define TRACE
#define AUDIT
using System;
using System.Diagnostics;

static class Log
{
    public static int Evaluated;

    public static string Arg(string s)
    {
        Evaluated++;
        return s;
    }

    [Conditional("DEBUG")]
    public static void Debug(string message)
    {
        Console.WriteLine("debug: " + message);
    }

    [Conditional("TRACE")]
    public static void Trace(string message)
    {
        Console.WriteLine("trace: " + message);
    }

    [Conditional("VERBOSE")]
    [Conditional("AUDIT")]
    public static void Audit(string message)
    {
        Console.WriteLine("audit: " + message);
    }
}

class ConditionalMethods
{
    static void Main()
    {
        Log.Debug(Log.Arg("hidden"));
        Log.Trace(Log.Arg("shown")); // expect: trace: shown
        Log.Audit(Log.Arg("either symbol")); // expect: audit: either symbol
        Console.WriteLine(Log.Evaluated); // expect: 2
        for (int i = 0; i < 3; i++) Log.Debug(Log.Arg("loop"));
        Console.WriteLine(Log.Evaluated); // expect: 2
    }
}
