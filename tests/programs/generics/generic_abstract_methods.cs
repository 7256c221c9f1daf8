// Abstract generic methods and abstract members of generic classes implemented in derived classes, including generic methods in interfaces.
using System;

abstract class Visitor
{
    public abstract string Visit<T>(T node);
    public string VisitAll<T>(T[] nodes)
    {
        string r = "";
        foreach (T n in nodes) r += Visit(n) + " ";
        return r.TrimEnd();
    }
}

class Counting : Visitor
{
    int n;
    public override string Visit<T>(T node) { n++; return n + ":" + node; }
}

class Typing : Visitor
{
    public override string Visit<T>(T node) { return typeof(T).Name; }
}

abstract class Transformer<TIn, TOut>
{
    public abstract TOut Apply(TIn x);
    public TOut[] ApplyAll(TIn[] xs)
    {
        TOut[] r = new TOut[xs.Length];
        for (int i = 0; i < xs.Length; i++) r[i] = Apply(xs[i]);
        return r;
    }
}

class Lengths : Transformer<string, int>
{
    public override int Apply(string x) { return x.Length; }
}

class Doubler<T> : Transformer<T, string>
{
    public override string Apply(T x) { return x + "" + x; }
}

interface IMaker
{
    T Make<T>() where T : new();
    string Name<T>(T x);
}

class Maker : IMaker
{
    public T Make<T>() where T : new() { return new T(); }
    public string Name<T>(T x) { return "maker-" + typeof(T).Name; }
}

class Program
{
    static void Main()
    {
        Visitor c = new Counting();
        Console.WriteLine(c.Visit("a")); // expect: 1:a
        Console.WriteLine(c.VisitAll(new int[] { 10, 20 })); // expect: 2:10 3:20
        Visitor t = new Typing();
        Console.WriteLine(t.VisitAll(new object[] { 1, "s" })); // expect: Object Object
        Console.WriteLine(t.Visit('c') + " " + t.Visit(1.5)); // expect: Char Double
        Transformer<string, int> len = new Lengths();
        int[] ls = len.ApplyAll(new string[] { "a", "bcd", "" });
        Console.WriteLine(ls[0] + " " + ls[1] + " " + ls[2]); // expect: 1 3 0
        Transformer<int, string> d = new Doubler<int>();
        Console.WriteLine(d.Apply(12)); // expect: 1212
        Console.WriteLine(d.ApplyAll(new int[] { 1, 2 })[1]); // expect: 22
        IMaker m = new Maker();
        Console.WriteLine(m.Make<int>()); // expect: 0
        Console.WriteLine(m.Make<Maker>().Name(5)); // expect: maker-Int32
        Console.WriteLine(m.Name("x")); // expect: maker-String
    }
}
