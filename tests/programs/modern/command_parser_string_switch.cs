// A command-line parser switching on strings: switch statements with string constant cases, case guards on string patterns, a null case, switch expressions over strings with or-patterns and property patterns on Length, and case-sensitive matching.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Options
{
    public bool Verbose;
    public int Level = 1;
    public string Output;
    public List<string> Files = new();
    public List<string> Errors = new();
}

class Program
{
    static Options Parse(string[] args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case null:
                    o.Errors.Add("null arg");
                    break;
                case "-v":
                case "--verbose":
                    o.Verbose = true;
                    break;
                case "-o" when i + 1 < args.Length:
                    o.Output = args[++i];
                    break;
                case "-o":
                    o.Errors.Add("-o needs a value");
                    break;
                case string s when s.StartsWith("--level="):
                    o.Level = int.Parse(s.Substring(8));
                    break;
                case { Length: 0 }:
                    o.Errors.Add("empty arg");
                    break;
                case var s when s[0] == '-':
                    o.Errors.Add("unknown " + s);
                    break;
                default:
                    o.Files.Add(a);
                    break;
            }
        }
        return o;
    }

    static string Ext(string file) => file.ToLower() switch
    {
        var f when f.EndsWith(".cs") => "csharp",
        var f when f.EndsWith(".txt") || f.EndsWith(".md") => "text",
        "makefile" or "dockerfile" => "build",
        { Length: < 3 } => "short",
        _ => "other",
    };

    static void Show(string[] args)
    {
        var o = Parse(args);
        Console.WriteLine($"verbose={o.Verbose} level={o.Level} out={o.Output ?? "-"}");
        foreach (var f in o.Files) Console.WriteLine($"  {f}: {Ext(f)}");
        foreach (var e in o.Errors) Console.WriteLine("  error: " + e);
    }

    static void Main()
    {
        Show(new[] { "-v", "main.cs", "README.MD", "-o", "app.exe", "--level=3" });
        Show(new[] { "Makefile", "--Verbose", "", "x", null, "data.bin", "-o" });
        string mode = "Release";
        Console.WriteLine(mode switch { "debug" => 0, "release" => 1, "Release" => 2, _ => -1 });
    }
}
// expect: verbose=True level=3 out=app.exe
// expect:   main.cs: csharp
// expect:   README.MD: text
// expect: verbose=False level=1 out=-
// expect:   Makefile: build
// expect:   x: short
// expect:   data.bin: other
// expect:   error: unknown --Verbose
// expect:   error: empty arg
// expect:   error: null arg
// expect:   error: -o needs a value
// expect: 2
