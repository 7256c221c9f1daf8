// Generic interfaces extending other generic interfaces (IList2<T> : ICollection2<T> : IEnumerable2<T>), with substituted type arguments and implementation via a base class.
using System;

interface ISized { int Size { get; } }
interface ISource<T> : ISized { T At(int i); }
interface ISink<T> { void Add(T x); }
interface IStore<T> : ISource<T>, ISink<T> { void Clear(); }
interface IKeyed<K, V> : ISource<V> { K KeyAt(int i); }

class ArrayStore<T> : IStore<T>
{
    protected T[] items = new T[8];
    protected int n;
    public int Size { get { return n; } }
    public T At(int i) { return items[i]; }
    public void Add(T x) { items[n++] = x; }
    public void Clear() { n = 0; }
}

class Indexed : ArrayStore<string>, IKeyed<int, string>
{
    public int KeyAt(int i) { return i * 100; }
}

class Program
{
    static string Dump<T>(ISource<T> s)
    {
        string r = "";
        for (int i = 0; i < s.Size; i++) r += s.At(i) + ";";
        return r;
    }

    static void Fill<T>(ISink<T> sink, T a, T b) { sink.Add(a); sink.Add(b); }

    static void Main()
    {
        IStore<int> st = new ArrayStore<int>();
        Fill(st, 1, 2);
        Console.WriteLine(Dump(st)); // expect: 1;2;
        ISized sized = st;
        Console.WriteLine(sized.Size); // expect: 2
        st.Clear();
        Console.WriteLine(Dump<int>(st) + "|" + st.Size); // expect: |0
        Indexed ix = new Indexed();
        Fill(ix, "a", "b");
        IKeyed<int, string> k = ix;
        Console.WriteLine(k.KeyAt(1) + ":" + k.At(1)); // expect: 100:b
        Console.WriteLine(Dump(k)); // expect: a;b;
        ISource<string> src = k;
        Console.WriteLine(src.Size); // expect: 2
        object o = ix;
        Console.WriteLine(o is IStore<string>); // expect: True
        Console.WriteLine(o is ISource<string>); // expect: True
        Console.WriteLine(o is IKeyed<int, string>); // expect: True
        Console.WriteLine(o is IKeyed<string, string>); // expect: False
        Console.WriteLine(o is ISink<object>); // expect: False
    }
}
