// string.Join and string.Concat over a user-defined IEnumerable<T>: Join<T>(string, IEnumerable<T>) for non-strings, the IEnumerable<string> overload for strings.
using System;
using System.Collections;
using System.Collections.Generic;

class Seq<T> : IEnumerable<T>
{
    T[] items;
    public Seq(params T[] items) { this.items = items; }
    public IEnumerator<T> GetEnumerator() { return new It(items); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class It : IEnumerator<T>
    {
        T[] a;
        int i = -1;
        public It(T[] a) { this.a = a; }
        public T Current { get { return a[i]; } }
        object IEnumerator.Current { get { return a[i]; } }
        public bool MoveNext() { return ++i < a.Length; }
        public void Reset() { i = -1; }
        public void Dispose() { Console.WriteLine("(disposed)"); }
    }
}

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return X + ":" + Y; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Join(", ", new Seq<int>(3, 1, 2)));
        // expect: (disposed)
        // expect: 3, 1, 2
        Console.WriteLine(string.Join("|", new Seq<string>("a", "b", "c")));
        // expect: (disposed)
        // expect: a|b|c
        Console.WriteLine(string.Join(" ", new Seq<Point>(new Point(1, 2), new Point(3, 4))));
        // expect: (disposed)
        // expect: 1:2 3:4
        Console.WriteLine("[" + string.Join(",", new Seq<double>()) + "]");
        // expect: (disposed)
        // expect: []
        Console.WriteLine(string.Concat(new Seq<char>('o', 'k')));
        // expect: (disposed)
        // expect: ok
        Console.WriteLine(string.Concat(new Seq<string>("x", null, "y")));
        // expect: (disposed)
        // expect: xy
        IEnumerable<object> objs = new Seq<string>("p", "q");
        Console.WriteLine(string.Join("+", objs));
        // expect: (disposed)
        // expect: p+q
    }
}
