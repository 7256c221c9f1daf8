// A settings lookup built on Single(): found keys print, then a missing key makes Single throw an InvalidOperationException that nobody catches.
// throws: System.InvalidOperationException
using System;
using System.Collections.Generic;
using System.Linq;

class Setting
{
    public string Key;
    public string Value;
    public Setting(string key, string value) { Key = key; Value = value; }
}

class Program
{
    static List<Setting> settings = new List<Setting> {
        new Setting("host", "localhost"),
        new Setting("port", "8080"),
        new Setting("mode", "debug"),
    };

    static string Get(string key)
    {
        return settings.Single(s => s.Key == key).Value;
    }

    static void Main()
    {
        Console.WriteLine(Get("host") + ":" + Get("port")); // expect: localhost:8080
        Console.WriteLine(settings.Count(s => s.Value.Length > 4)); // expect: 2
        var keys = settings.Select(s => s.Key).OrderBy(k => k);
        Console.WriteLine(string.Join(",", keys)); // expect: host,mode,port
        Console.WriteLine("timeout=" + Get("timeout"));
        Console.WriteLine("not reached");
    }
}
