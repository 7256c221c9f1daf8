// A library's caller-information parameters: the attributes are emitted on the parameters
// and read back by the program that calls them.
using System.Runtime.CompilerServices;

public static class Trace
{
    public static string At([CallerMemberName] string member = "?", [CallerLineNumber] int line = -1)
    {
        return member + "@" + line;
    }

    public static string Plain(string member = "?")
    {
        return member;
    }
}
