// One class implementing the same generic interface twice (I<int> and I<string>), with explicit implementations selected by the interface type.
using System;

interface IConvert<T>
{
    T Convert(string s);
    string Describe();
}

class Multi : IConvert<int>, IConvert<string>, IConvert<bool>
{
    int IConvert<int>.Convert(string s) { return s.Length; }
    string IConvert<int>.Describe() { return "to int"; }
    string IConvert<string>.Convert(string s) { return s.ToUpper(); }
    string IConvert<string>.Describe() { return "to string"; }
    public bool Convert(string s) { return s.Length > 0; }
    public string Describe() { return "to bool (public)"; }
}

interface ISink<T> { void Put(T x); }

class Recorder : ISink<int>, ISink<string>
{
    public string Log = "";
    void ISink<int>.Put(int x) { Log += "i" + x; }
    void ISink<string>.Put(string x) { Log += "s" + x; }
}

class Program
{
    static T Run<T>(IConvert<T> c, string s) { return c.Convert(s); }
    static void Feed<T>(ISink<T> sink, T x) { sink.Put(x); }

    static void Main()
    {
        Multi m = new Multi();
        IConvert<int> ci = m;
        IConvert<string> cs = m;
        IConvert<bool> cb = m;
        Console.WriteLine(ci.Convert("hello")); // expect: 5
        Console.WriteLine(cs.Convert("hello")); // expect: HELLO
        Console.WriteLine(cb.Convert("")); // expect: False
        Console.WriteLine(m.Convert("x")); // expect: True
        Console.WriteLine(ci.Describe() + "; " + cs.Describe() + "; " + cb.Describe()); // expect: to int; to string; to bool (public)
        Console.WriteLine(Run<int>(m, "four")); // expect: 4
        Console.WriteLine(Run<string>(m, "four")); // expect: FOUR
        Console.WriteLine(Run<bool>(m, "four")); // expect: True
        object o = m;
        Console.WriteLine(((IConvert<string>)o).Describe()); // expect: to string
        Console.WriteLine(o is IConvert<long>); // expect: False
        Recorder r = new Recorder();
        Feed<int>(r, 1);
        Feed<string>(r, "a");
        Feed<int>(r, 2);
        ((ISink<string>)r).Put("b");
        Console.WriteLine(r.Log); // expect: i1sai2sb
    }
}
