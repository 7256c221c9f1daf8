// A JSON-style printer over object graphs built from boxed values: type patterns for int, long, double, bool, char, string, null, lists and dictionaries, ordered so specific arms precede general ones, with recursion, property patterns on Count and string escapes chosen by char patterns.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and checked on CoreCLR 3.1 with a variant of the program that avoids the Sharp bug
using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                < ' ' => "\\u" + ((int)c).ToString("x4"),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    static string ToJson(object value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => Escape(s),
        char c => Escape(c.ToString()),
        int i => i.ToString(),
        long l => l + "L",
        double d when double.IsNaN(d) => "\"NaN\"",
        double d => d.ToString("0.0##"),
        Dictionary<string, object> { Count: 0 } => "{}",
        Dictionary<string, object> map => Obj(map),
        List<object> { Count: 0 } => "[]",
        List<object> list => "[" + Join(list) + "]",
        object[] arr => "[" + Join(new List<object>(arr)) + "]",
        _ => "\"<" + value.GetType().Name + ">\"",
    };

    static string Join(List<object> items)
    {
        var parts = new List<string>();
        foreach (var it in items) parts.Add(ToJson(it));
        return string.Join(",", parts);
    }

    static string Obj(Dictionary<string, object> map)
    {
        var parts = new List<string>();
        foreach (var kv in map) parts.Add(Escape(kv.Key) + ":" + ToJson(kv.Value));
        return "{" + string.Join(",", parts) + "}";
    }

    static void Main()
    {
        var doc = new Dictionary<string, object>
        {
            ["name"] = "Widget \"Pro\"",
            ["count"] = 3,
            ["big"] = 9000000000L,
            ["price"] = 12.5,
            ["ratio"] = double.NaN,
            ["active"] = true,
            ["tags"] = new List<object> { "a", 'b', null, new List<object>() },
            ["meta"] = new Dictionary<string, object>(),
            ["dims"] = new object[] { 1, 2.25, false },
            ["raw"] = "line1\nline2\t\\",
            ["other"] = 3.5f,
        };
        Console.WriteLine(ToJson(doc));
        Console.WriteLine(ToJson(null) + " " + ToJson(new List<object> { new Dictionary<string, object> { ["k"] = null } }));
    }
}
// expect: {"name":"Widget \"Pro\"","count":3,"big":9000000000L,"price":12.5,"ratio":"NaN","active":true,"tags":["a","b",null,[]],"meta":{},"dims":[1,2.25,false],"raw":"line1\nline2\u0009\\","other":"<Single>"}
// expect: null [{"k":null}]
