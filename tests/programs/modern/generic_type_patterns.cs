// Declaration patterns with generic types: List<int> x and Dictionary<string, int> d as later switch-expression arms, in case labels of a switch statement, with a when guard, and in is-expressions; a < after a type name in a pattern starts a type argument list.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec
using System;
using System.Collections.Generic;

class Program
{
    static string Describe(object o) => o switch
    {
        null => "null",
        int n => "int " + n,
        List<int> { Count: 0 } => "empty list",
        List<int> list => "list of " + list.Count,
        Dictionary<string, int> map when map.ContainsKey("x") => "map with x=" + map["x"],
        Dictionary<string, int> map => "map of " + map.Count,
        KeyValuePair<string, int> kv => kv.Key + "->" + kv.Value,
        _ => o.GetType().Name,
    };

    static int Total(object o)
    {
        switch (o)
        {
            case List<int> l:
                int sum = 0;
                foreach (var x in l) sum += x;
                return sum;
            case Dictionary<string, int> d when d.Count > 1:
                return d.Count * 100;
            case IEnumerable<int> seq:
                return -2;
            default:
                return -1;
        }
    }

    static void Main()
    {
        var values = new object[]
        {
            null, 4, new List<int>(), new List<int> { 1, 2, 3 },
            new Dictionary<string, int> { ["x"] = 9 }, new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 },
            new KeyValuePair<string, int>("k", 7), "str", new int[] { 5, 6 },
        };
        foreach (var v in values)
            Console.WriteLine(Describe(v) + " / " + Total(v));
        object o = new List<string> { "a" };
        Console.WriteLine(o is List<string> ls && ls.Count == 1);
    }
}
// expect: null / -1
// expect: int 4 / -1
// expect: empty list / 0
// expect: list of 3 / 6
// expect: map with x=9 / -1
// expect: map of 2 / 200
// expect: k->7 / -1
// expect: String / -1
// expect: Int32[] / -2
// expect: True
