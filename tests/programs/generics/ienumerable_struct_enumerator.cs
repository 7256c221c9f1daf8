// foreach uses a public GetEnumerator() returning a struct enumerator (pattern-based, no boxing, Dispose still called); through IEnumerable<T> the interface version is used.
using System;
using System.Collections;
using System.Collections.Generic;

class Bag<T> : IEnumerable<T>
{
    T[] items;
    public Bag(params T[] items) { this.items = items; }

    public Enumerator GetEnumerator() { return new Enumerator(items, "struct"); }
    IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(items, "boxed"); }
    IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(items, "nongeneric"); }

    public struct Enumerator : IEnumerator<T>
    {
        T[] items;
        int index;
        string kind;
        public Enumerator(T[] items, string kind) { this.items = items; index = -1; this.kind = kind; }
        public T Current { get { return items[index]; } }
        object IEnumerator.Current { get { return items[index]; } }
        public bool MoveNext() { index++; return index < items.Length; }
        public void Reset() { index = -1; }
        public void Dispose() { Console.WriteLine("dispose " + kind + " at " + index); }
    }
}

class Program
{
    static int Sum(IEnumerable<int> xs)
    {
        int s = 0;
        foreach (int x in xs) s += x;
        return s;
    }

    static void Main()
    {
        Bag<int> b = new Bag<int>(1, 2, 3);
        int s = 0;
        foreach (int x in b) s += x;
        // expect: dispose struct at 3
        Console.WriteLine(s); // expect: 6
        Console.WriteLine(Sum(b));
        // expect: dispose boxed at 3
        // expect: 6
        foreach (object o in (IEnumerable)b) { Console.WriteLine(o); break; }
        // expect: 1
        // expect: dispose nongeneric at 0
        Bag<string>.Enumerator e = new Bag<string>("p", "q").GetEnumerator();
        e.MoveNext();
        Bag<string>.Enumerator copy = e;
        e.MoveNext();
        Console.WriteLine(e.Current + " " + copy.Current); // expect: q p
        copy.Dispose(); // expect: dispose struct at 0
        foreach (string str in new Bag<string>("only"))
        {
            Console.WriteLine(str.ToUpper()); // expect: ONLY
        }
        // expect: dispose struct at 1
    }
}
