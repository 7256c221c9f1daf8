// Switch expressions used inside other expressions: as method arguments, in lambdas and local functions, inside string interpolation, as operands of + and ??, nested in another arm, applied to a switch expression's result, with when guards whose side effects are printed in evaluation order.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Program
{
    static int guardCalls;
    static bool Trace(string what, bool result) { guardCalls++; Console.Write($"<{what}>"); return result; }
    static string Pad(string s, int width) => s.Length >= width ? s : s + new string('.', width - s.Length);

    static void Main()
    {
        Func<int, string> fizz = n => (n % 15) switch
        {
            0 => "FizzBuzz",
            3 or 6 or 9 or 12 => "Fizz",
            5 or 10 => "Buzz",
            _ => n.ToString(),
        };
        var parts = new List<string>();
        for (int i = 1; i <= 15; i++) parts.Add(fizz(i));
        Console.WriteLine(string.Join(" ", parts));

        Console.WriteLine(Pad(3 switch { 1 => "one", 3 => "three", _ => "many" }, 7) + "|");

        int temp = 23;
        Console.WriteLine($"It is {(temp switch { < 0 => "freezing", < 15 => "cold", < 25 => "mild", _ => "hot" })} at {temp}C");

        string Grade(int score) => score switch
        {
            >= 90 => "A",
            >= 80 => "B",
            >= 70 => score % 10 >= 5 ? "C+" : "C",
            _ => "F",
        };
        Console.WriteLine(Grade(95) + Grade(80) + Grade(77) + Grade(71) + Grade(3));

        object o = 42;
        string kind = (o switch { int n when Trace("pos", n > 0) => n % 2 == 0 ? "even" : "odd", int => "nonpos", _ => null }) ?? "unknown";
        Console.WriteLine(" " + kind);
        o = -4;
        kind = (o switch { int n when Trace("pos", n > 0) => "x", int n when Trace("neg", n < 0) => "negative", _ => null }) ?? "unknown";
        Console.WriteLine(" " + kind);
        o = "str";
        kind = (o switch { int n when Trace("pos", n > 0) => "x", _ => null }) ?? "unknown";
        Console.WriteLine(" " + kind + " calls=" + guardCalls);

        int code = 404;
        string family = ((code / 100) switch { 2 => "ok", 4 => "client", 5 => "server", _ => "?" }) switch
        {
            "client" => code switch { 404 => "client/not found", 403 => "client/forbidden", _ => "client/other" },
            var f => f,
        };
        Console.WriteLine(family);

        var ops = new Dictionary<string, Func<int, int, int>>
        {
            ["+"] = (a, b) => a + b,
            ["max"] = (a, b) => (a > b) switch { true => a, _ => b },
        };
        Console.WriteLine(ops["+"](2, 3) * 10 + ops["max"](4, 9));
        Console.WriteLine(string.Join(",", Array.ConvertAll(new[] { -2, 0, 5 }, x => x switch { < 0 => "-", 0 => "0", _ => "+" })));
    }
}
// expect: 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz
// expect: three..|
// expect: It is mild at 23C
// expect: ABC+CF
// expect: <pos> even
// expect: <pos><neg> negative
// expect:  unknown calls=3
// expect: client/not found
// expect: 59
// expect: -,0,+
