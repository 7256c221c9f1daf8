// using with struct IDisposable types: Dispose called on the using variable without boxing (it sees state set by the body), using an existing struct variable disposing a copy, a struct scope guard restoring a value, a generic method disposing a T : IDisposable, a struct resource whose Dispose sees a mutation made in the body, and a boxed struct disposed through the interface.
using System;
using System.Collections.Generic;
struct Counter : IDisposable {
    public static List<string> Log = new List<string>();
    public string Name;
    public int Uses;
    public bool Disposed;
    public Counter(string name) { Name = name; Uses = 0; Disposed = false; }
    public void Use() { Uses++; }
    public void Dispose() {
        Disposed = true;
        Log.Add(Name + " disposed after " + Uses + " uses");
    }
}
struct Indent : IDisposable {
    public static int Level;
    readonly int saved;
    public Indent(int by) { saved = Level; Level += by; }
    public void Dispose() { Level = saved; }
}
class Program {
    static void Print(string s) { Console.WriteLine(new string(' ', Indent.Level) + s); }
    static void DisposeGeneric<T>(T resource, string label) where T : IDisposable {
        using (resource) {
            Console.WriteLine("generic body " + label + " " + typeof(T).Name);
        }
    }
    static void Deep() {
        using (var guard = new Indent(6)) {
            Print("inside Deep");
            using (var counter = new Counter("inner")) {
                counter.Use();
                Print("leaving Deep");
            }
        }
    }
    static void Flush() {
        foreach (var l in Counter.Log) Console.WriteLine("log: " + l);
        Counter.Log.Clear();
    }
    static void Main() {
        var outside = new Counter("outside");
        outside.Use();
        outside.Use();
        using (outside) {
            Console.WriteLine("in using, outside.Uses = " + outside.Uses);
        }
        Console.WriteLine("after: outside.Disposed = " + outside.Disposed);
        Flush();
        var holder = new Counter[] { new Counter("array") };
        holder[0].Use();
        holder[0].Dispose();
        Console.WriteLine("array element disposed in place: " + holder[0].Disposed);
        Flush();
        Print("level 0");
        using (new Indent(2)) {
            Print("level 1");
            using (new Indent(2)) {
                Print("level 2");
            }
            Print("back to 1");
        }
        Print("back to 0");
        try {
            using (new Indent(4)) {
                Print("about to fail");
                throw new Exception("boom");
            }
        } catch (Exception e) {
            Print("restored after " + e.Message);
        }
        DisposeGeneric(new Counter("generic"), "struct");
        Flush();
        Deep();
        Print("after Deep");
        IDisposable boxed = new Counter("boxed");
        using (boxed) { }
        Console.WriteLine("boxed copy disposed: " + ((Counter)boxed).Disposed);
        Flush();
        // expect: in using, outside.Uses = 2
        // expect: after: outside.Disposed = False
        // expect: log: outside disposed after 2 uses
        // expect: array element disposed in place: True
        // expect: log: array disposed after 1 uses
        // expect: level 0
        // expect:   level 1
        // expect:     level 2
        // expect:   back to 1
        // expect: back to 0
        // expect:     about to fail
        // expect: restored after boom
        // expect: generic body struct Counter
        // expect: log: generic disposed after 0 uses
        // expect:       inside Deep
        // expect:       leaving Deep
        // expect: after Deep
        // expect: boxed copy disposed: True
        // expect: log: inner disposed after 1 uses
        // expect: log: boxed disposed after 0 uses
    }
}
