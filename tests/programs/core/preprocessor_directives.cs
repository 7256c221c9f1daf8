// Preprocessing directives (§6.5): #define and #undef before the first token, #if/#elif/
// #else/#endif with !, &&, ||, ==, != and parentheses, nested groups, skipped sections that
// hold text which is no C#, and #region, #pragma and #nullable, which change nothing.
// hand-checked: #nullable is C# 8, which mcs does not read; the rest prints the same with mcs
#define TRACE
#define FAST
#undef FAST
#define LEVEL2 // a comment after a directive
using System;

class Preprocessor
{
#region helpers
    static string Mode()
    {
#if FAST
        return "fast";
#elif TRACE && !LEVEL3
        return "trace";
#else
        return "plain";
#endif
    }
#endregion

    static void Main()
    {
        Console.WriteLine(Mode()); // expect: trace
#if DEBUG
        Console.WriteLine("debug build");
#endif
#if (TRACE || FAST) && LEVEL2 == true
        Console.WriteLine("level 2"); // expect: level 2
#  if !TRACE
        Console.WriteLine("unreachable");
#  else
        Console.WriteLine("nested else"); // expect: nested else
#  endif
#endif
#if false
        This line is not C#: it's skipped, "an unterminated string, and 'quotes'
#if TRACE
        neither is this
#endif
#else
        Console.WriteLine("after skipped"); // expect: after skipped
#endif
#pragma warning disable CS0168
#nullable enable
        int total = 0;
#if TRACE != FAST
        total += 1;
#endif
#if !(TRACE && FAST)
        total += 10;
#endif
        Console.WriteLine(total); // expect: 11
    }
}
