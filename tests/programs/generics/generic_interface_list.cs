// Classes and structs listing several generic interfaces (closed and open over their own T); calls through each interface.
using System;

interface IReader<T> { T Read(); }
interface IWriter<T> { void Write(T v); }
interface INamed { string Name { get; } }

class Slot<T> : IReader<T>, IWriter<T>, INamed
{
    T v;
    public T Read() { return v; }
    public void Write(T value) { v = value; }
    public string Name { get { return "Slot<" + typeof(T).Name + ">"; } }
}

class Converter : IReader<int>, IWriter<string>
{
    int last;
    public int Read() { return last; }
    public void Write(string s) { last = s.Length; }
}

struct Counter : IReader<int>, IWriter<int>
{
    int total;
    public int Read() { return total; }
    public void Write(int v) { total += v; }
}

class Program
{
    static void Copy<T>(IReader<T> from, IWriter<T> to) { to.Write(from.Read()); }

    static void Main()
    {
        Slot<int> a = new Slot<int>();
        Slot<int> b = new Slot<int>();
        a.Write(5);
        Copy(a, b);
        Console.WriteLine(b.Read()); // expect: 5
        INamed n = a;
        Console.WriteLine(n.Name); // expect: Slot<Int32>
        Console.WriteLine(((INamed)new Slot<string>()).Name); // expect: Slot<String>
        Converter c = new Converter();
        IWriter<string> w = c;
        w.Write("hello");
        IReader<int> r = c;
        Console.WriteLine(r.Read()); // expect: 5
        Copy(r, a);
        Console.WriteLine(a.Read()); // expect: 5
        Slot<string> s = new Slot<string>();
        s.Write("abc");
        Copy(s, c);
        Console.WriteLine(c.Read()); // expect: 3
        IWriter<int> boxedCounter = new Counter();
        boxedCounter.Write(3);
        boxedCounter.Write(4);
        Console.WriteLine(((IReader<int>)boxedCounter).Read()); // expect: 7
        Copy(a, boxedCounter);
        Console.WriteLine(((IReader<int>)boxedCounter).Read()); // expect: 12
        object o = c;
        Console.WriteLine(o is IReader<int>); // expect: True
        Console.WriteLine(o is IWriter<int>); // expect: False
        Console.WriteLine(o is IWriter<string>); // expect: True
        Console.WriteLine(boxedCounter is INamed); // expect: False
    }
}
