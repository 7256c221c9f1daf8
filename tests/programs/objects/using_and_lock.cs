// using statements (declarations, several resources, an expression, null, a struct, an exception) and C# 8 using declarations disposed in reverse order at the block's end; lock.
using System;
class Res : IDisposable {
    string name;
    public Res(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() { Console.WriteLine("close " + name); }
}
struct SRes : IDisposable { public void Dispose() { Console.WriteLine("struct close"); } }
class Program {
    static object gate = new object();
    static void Main() {
        using (var r = new Res("a")) { Console.WriteLine("body a"); }
        // expect: open a
        // expect: body a
        // expect: close a
        // expect: open b
        // expect: open c
        // expect: body bc
        // expect: close c
        // expect: close b
        // expect: open d
        // expect: close d
        // expect: caught fail
        // expect: null ok
        // expect: struct close
        // expect: open x
        // expect: open y
        // expect: block end
        // expect: close y
        // expect: close x
        // expect: locked
        // expect: open z
        // expect: close z
        // expect: 5
        using (Res b = new Res("b"), c = new Res("c")) { Console.WriteLine("body bc"); }
        try {
            using (new Res("d")) { throw new Exception("fail"); }
        } catch (Exception e) { Console.WriteLine("caught " + e.Message); }
        Res n = null;
        using (n) { Console.WriteLine("null ok"); }
        using (var s = new SRes()) { }
        {
            using var x = new Res("x");
            using var y = new Res("y");
            Console.WriteLine("block end");
        }
        lock (gate) { Console.WriteLine("locked"); }
        int total = 0;
        using (var z = new Res("z")) { Action a = () => total += 5; a(); }
        Console.WriteLine(total);
    }
}
