// C# 8 using declarations: inside for, foreach and while bodies each iteration's resources are disposed at the end of that iteration (in reverse declaration order), on continue and break, before a return inside the loop, in a switch section block, in a lambda body, and several declarations in one statement. (mcs 6.8 cannot parse using declarations.)
using System;
using System.Collections.Generic;
class Scope : IDisposable {
    public static List<string> Log = new List<string>();
    readonly string name;
    public Scope(string name) { this.name = name; Log.Add("+" + name); }
    public void Dispose() { Log.Add("-" + name); }
    public static void Flush(string title) {
        Console.WriteLine(title + ": " + string.Join(" ", Log));
        Log.Clear();
    }
}
class Program {
    static int FirstNegative(int[] xs) {
        for (int i = 0; i < xs.Length; i++) {
            using var s = new Scope("check" + i);
            if (xs[i] < 0) return i;
        }
        return -1;
    }
    static void Handle(string cmd) {
        switch (cmd) {
            case "open": {
                using var s = new Scope("sw-" + cmd);
                Scope.Log.Add("handled " + cmd);
                break;
            }
            default:
                Scope.Log.Add("ignored " + cmd);
                break;
        }
        Scope.Log.Add("after switch");
    }
    static void Main() {
        for (int i = 0; i < 3; i++) {
            using var a = new Scope("a" + i);
            using var b = new Scope("b" + i);
            Scope.Log.Add("body" + i);
        }
        Scope.Flush("for");
        foreach (var name in new[] { "x", "skip", "y", "stop", "z" }) {
            using var s = new Scope(name);
            if (name == "skip") continue;
            if (name == "stop") break;
            Scope.Log.Add("did " + name);
        }
        Scope.Flush("foreach");
        int n = 0;
        while (n < 2) {
            using Scope first = new Scope("w" + n + "a"), second = new Scope("w" + n + "b");
            n++;
        }
        Scope.Flush("while");
        Console.WriteLine("first negative at " + FirstNegative(new[] { 3, 1, -4, 1 }));
        Scope.Flush("return");
        Handle("open");
        Handle("close");
        Scope.Flush("switch");
        Action<int> act = k => {
            using var s = new Scope("lambda" + k);
            Scope.Log.Add("run" + k);
        };
        act(1);
        act(2);
        Scope.Flush("lambda");
        {
            using var outer = new Scope("outer");
            for (int i = 0; i < 2; i++) {
                using var inner = new Scope("inner" + i);
            }
            Scope.Log.Add("end of block");
        }
        Scope.Flush("nested");
        // expect: for: +a0 +b0 body0 -b0 -a0 +a1 +b1 body1 -b1 -a1 +a2 +b2 body2 -b2 -a2
        // expect: foreach: +x did x -x +skip -skip +y did y -y +stop -stop
        // expect: while: +w0a +w0b -w0b -w0a +w1a +w1b -w1b -w1a
        // expect: first negative at 2
        // expect: return: +check0 -check0 +check1 -check1 +check2 -check2
        // expect: switch: +sw-open handled open -sw-open after switch ignored close after switch
        // expect: lambda: +lambda1 run1 -lambda1 +lambda2 run2 -lambda2
        // expect: nested: +outer +inner0 -inner0 +inner1 -inner1 end of block -outer
    }
}
