// Classifying HTTP status codes and limits with constant patterns: const fields and nested-class constants by name, int.MaxValue/int.MinValue/long.MaxValue, char and double constants, enum members, const expressions, and relational patterns against consts, in switch expressions, switch statements and is.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

enum Method { Get, Post, Put, Delete }

static class Status
{
    public const int Ok = 200;
    public const int Created = 201;
    public const int NotFound = 404;
    public const int Teapot = 418;
    public const int FirstServerError = 500;
    public const int Last = FirstServerError + 99;
    public static class Limits { public const int MaxBody = 1 << 20; }
}

class Program
{
    const string Wildcard = "*";
    const double Half = 0.5;
    const char Sep = ';';

    static string Reason(int code) => code switch
    {
        Status.Ok => "OK",
        Status.Created => "Created",
        Status.NotFound => "Not Found",
        Status.Teapot => "I'm a teapot",
        >= Status.FirstServerError and <= Status.Last => "Server Error",
        >= 400 and < Status.FirstServerError => "Client Error",
        int.MaxValue or int.MinValue => "sentinel",
        _ => "Unknown",
    };

    static bool Idempotent(Method m) => m switch
    {
        Method.Post => false,
        Method.Get or Method.Put or Method.Delete => true,
        _ => false,
    };

    static string Size(long bytes)
    {
        switch (bytes)
        {
            case 0:
                return "empty";
            case Status.Limits.MaxBody:
                return "exactly max";
            case long.MaxValue:
                return "infinite";
            case > Status.Limits.MaxBody:
                return "too large";
            default:
                return bytes + " bytes";
        }
    }

    static void Main()
    {
        foreach (int code in new[] { 200, 201, 404, 418, 503, 599, 600, 451, int.MaxValue, int.MinValue, 302 })
            Console.WriteLine($"{code} {Reason(code)}");
        foreach (Method m in new[] { Method.Get, Method.Post, Method.Delete, (Method)9 })
            Console.Write(m + "=" + Idempotent(m) + " ");
        Console.WriteLine("|");
        Console.WriteLine(Size(0) + ", " + Size(1048576) + ", " + Size(long.MaxValue) + ", " + Size(2000000) + ", " + Size(12));
        string filter = "*";
        double ratio = 0.5;
        char c = ';';
        Console.WriteLine($"{filter is Wildcard} {ratio is Half} {c is Sep or ','} {ratio is > Half}");
        object boxed = Status.NotFound;
        Console.WriteLine(boxed is Status.NotFound ? "boxed 404" : "other");
        object boxedLong = 404L;
        Console.WriteLine(boxedLong is Status.NotFound ? "int match" : "long is not int");
    }
}
// expect: 200 OK
// expect: 201 Created
// expect: 404 Not Found
// expect: 418 I'm a teapot
// expect: 503 Server Error
// expect: 599 Server Error
// expect: 600 Unknown
// expect: 451 Client Error
// expect: 2147483647 sentinel
// expect: -2147483648 sentinel
// expect: 302 Unknown
// expect: Get=True Post=False Delete=True 9=False |
// expect: empty, exactly max, infinite, too large, 12 bytes
// expect: True True True False
// expect: boxed 404
// expect: long is not int
