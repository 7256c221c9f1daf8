// A generic interface IStore<T> implemented by a generic class and by classes closing T; calls through the interface.
using System;

interface IStore<T>
{
    void Add(T item);
    T Get(int i);
    int Count { get; }
}

class ArrayStore<T> : IStore<T>
{
    T[] items = new T[8];
    int n;
    public void Add(T item) { items[n++] = item; }
    public T Get(int i) { return items[i]; }
    public int Count { get { return n; } }
}

class SumStore : IStore<int>
{
    int sum, n;
    public void Add(int item) { sum += item; n++; }
    public int Get(int i) { return sum; }
    public int Count { get { return n; } }
}

class Program
{
    static void Fill(IStore<int> s)
    {
        for (int i = 1; i <= 4; i++) s.Add(i * i);
    }

    static void Main()
    {
        IStore<int> a = new ArrayStore<int>();
        Fill(a);
        Console.WriteLine(a.Count); // expect: 4
        Console.WriteLine(a.Get(0) + " " + a.Get(3)); // expect: 1 16
        IStore<int> b = new SumStore();
        Fill(b);
        Console.WriteLine(b.Count); // expect: 4
        Console.WriteLine(b.Get(0)); // expect: 30
        IStore<string> c = new ArrayStore<string>();
        c.Add("alpha");
        c.Add("beta");
        Console.WriteLine(c.Get(1) + c.Get(0)); // expect: betaalpha
        Console.WriteLine(c.Count); // expect: 2
        ArrayStore<string> direct = (ArrayStore<string>)c;
        direct.Add("gamma");
        Console.WriteLine(c.Count + " " + c.Get(2)); // expect: 3 gamma
        Console.WriteLine(a is IStore<int>); // expect: True
        object o = a;
        Console.WriteLine(o is IStore<string>); // expect: False
    }
}
