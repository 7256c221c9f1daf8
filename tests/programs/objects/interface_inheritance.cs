// Interface inheritance: a class implementing the derived interface is usable as the base interface too.
using System;

interface IReadable { string Read(); }
interface IWritable { void Write(string s); }
interface IStream : IReadable, IWritable { int Length { get; } }

class MemoryStream2 : IStream
{
    string data = "";
    public string Read() { return data; }
    public void Write(string s) { data += s; }
    public int Length { get { return data.Length; } }
}

class Program
{
    static void Fill(IWritable w) { w.Write("abc"); w.Write("de"); }
    static string Dump(IReadable r) { return "<" + r.Read() + ">"; }

    static void Main()
    {
        IStream s = new MemoryStream2();
        Fill(s);
        Console.WriteLine(Dump(s));          // expect: <abcde>
        Console.WriteLine(s.Length);         // expect: 5
        IReadable r = s;
        Console.WriteLine(r is IWritable);   // expect: True
        Console.WriteLine(r is IStream);     // expect: True
        object o = "text";
        Console.WriteLine(o is IReadable);   // expect: False
    }
}
