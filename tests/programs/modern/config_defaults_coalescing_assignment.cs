// Configuration defaults filled in with ??=: on locals, fields, auto-properties, a static field, dictionary indexers and array elements; the right side runs only when the target is null, and the value of the whole expression is the target's final value.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class ServerConfig
{
    public string Host;
    public string Scheme { get; set; }
    public List<string> Tags;
    public static string DefaultHost;
    public string Describe() => $"{Scheme}://{Host} [{string.Join(",", Tags)}]";
}

class Program
{
    static int calls;
    static string Fallback(string what)
    {
        calls++;
        Console.WriteLine("computing " + what);
        return what + "-default";
    }

    static void ApplyDefaults(ServerConfig c)
    {
        c.Host ??= ServerConfig.DefaultHost ??= Fallback("host");
        c.Scheme ??= "http";
        c.Tags ??= new List<string>();
        c.Tags.Add("seen");
    }

    static void Main()
    {
        var a = new ServerConfig();
        ApplyDefaults(a);
        var b = new ServerConfig { Host = "example.org", Scheme = "https", Tags = new List<string> { "prod" } };
        ApplyDefaults(b);
        var c = new ServerConfig { Scheme = "ftp" };
        ApplyDefaults(c);
        Console.WriteLine(a.Describe());
        Console.WriteLine(b.Describe());
        Console.WriteLine(c.Describe());
        Console.WriteLine("calls " + calls);

        var settings = new Dictionary<string, string> { ["color"] = "blue", ["size"] = null };
        foreach (var key in new[] { "color", "size" })
        {
            string v = settings[key] ??= Fallback(key);
            Console.WriteLine($"{key}={v}");
        }
        Console.WriteLine($"size now {settings["size"]}, calls {calls}");

        string[] names = { "ann", null, "cid", null };
        int filled = 0;
        for (int i = 0; i < names.Length; i++)
            names[i] ??= "anon" + (++filled);
        Console.WriteLine(string.Join(" ", names));

        string local = null;
        Console.WriteLine((local ??= "first") + " " + (local ??= "second") + " " + local);
        object boxed = null;
        boxed ??= 42;
        Console.WriteLine(boxed.GetType().Name + " " + boxed);
    }
}
// expect: computing host
// expect: http://host-default [seen]
// expect: https://example.org [prod,seen]
// expect: ftp://host-default [seen]
// expect: calls 1
// expect: color=blue
// expect: computing size
// expect: size=size-default
// expect: size now size-default, calls 2
// expect: ann anon1 cid anon2
// expect: first first first
// expect: Int32 42
