// Evaluation order of ??=: the receiver and index of an indexer or array target are evaluated once, the getter runs once, the setter and the right side run only when the value is null, and ??= chains and nests right to left; traced through logging properties and indexers.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Store
{
    readonly Dictionary<int, string> data = new Dictionary<int, string>();
    string title;
    public string this[int key]
    {
        get { Program.Log("get[" + key + "]"); return data.TryGetValue(key, out var v) ? v : null; }
        set { Program.Log("set[" + key + "]=" + value); data[key] = value; }
    }
    public string Title
    {
        get { Program.Log("get Title"); return title; }
        set { Program.Log("set Title=" + value); title = value; }
    }
}

class Program
{
    static readonly List<string> log = new List<string>();
    public static void Log(string s) => log.Add(s);
    static void Flush(string label)
    {
        Console.WriteLine(label + ": " + string.Join(", ", log));
        log.Clear();
    }
    static T Trace<T>(string what, T value) { Log(what); return value; }

    static void Main()
    {
        var store = new Store();
        string r = Trace("recv", store)[Trace("idx", 1)] ??= Trace("rhs", "one");
        Flush("first " + r);
        r = Trace("recv", store)[Trace("idx", 1)] ??= Trace("rhs", "uno");
        Flush("second " + r);

        store.Title ??= "Report";
        store.Title ??= "Ignored";
        Flush("title " + store.Title);

        string[] arr = new string[2];
        int i = 0;
        arr[i++] ??= "a";
        arr[i++] ??= "b";
        arr[0] ??= "c";
        Console.WriteLine(string.Join("", arr) + " i=" + i);

        string x = null, y = null;
        string z = x ??= y ??= Trace("inner", "deep");
        Flush($"chain x={x} y={y} z={z}");

        int? count = null;
        int total = (count ??= Trace("init", 10)) + (count ??= Trace("again", 20));
        Flush("total " + total);
    }
}
// expect: first one: recv, idx, get[1], rhs, set[1]=one
// expect: second one: recv, idx, get[1]
// expect: title Report: get Title, set Title=Report, get Title, get Title
// expect: ab i=2
// expect: chain x=deep y=deep z=deep: inner
// expect: total 20: init
