// A user class implementing IEnumerable<int> with its own IEnumerator<int>; foreach over it calls MoveNext/Current and Dispose at the end.
using System;
using System.Collections;
using System.Collections.Generic;

class IntRange : IEnumerable<int>
{
    int from, to;
    public IntRange(int from, int to) { this.from = from; this.to = to; }
    public IEnumerator<int> GetEnumerator() { return new Cursor(from, to); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class Cursor : IEnumerator<int>
    {
        int cur, to;
        public Cursor(int from, int to) { cur = from - 1; this.to = to; Console.WriteLine("cursor created"); }
        public int Current { get { return cur; } }
        object IEnumerator.Current { get { return cur; } }
        public bool MoveNext() { cur++; return cur <= to; }
        public void Reset() { throw new NotSupportedException(); }
        public void Dispose() { Console.WriteLine("cursor disposed"); }
    }
}

class Program
{
    static void Main()
    {
        int sum = 0;
        foreach (int i in new IntRange(1, 4)) sum += i;
        // expect: cursor created
        // expect: cursor disposed
        Console.WriteLine(sum); // expect: 10
        foreach (int i in new IntRange(3, 5)) Console.WriteLine("item " + i);
        // expect: cursor created
        // expect: item 3
        // expect: item 4
        // expect: item 5
        // expect: cursor disposed
        foreach (int i in new IntRange(5, 4)) Console.WriteLine("never");
        // expect: cursor created
        // expect: cursor disposed
        IEnumerable<int> seq = new IntRange(7, 8);
        foreach (long l in seq) Console.WriteLine(l * 1000000000000L);
        // expect: cursor created
        // expect: 7000000000000
        // expect: 8000000000000
        // expect: cursor disposed
        IEnumerator<int> e = seq.GetEnumerator(); // expect: cursor created
        while (e.MoveNext()) Console.WriteLine("manual " + e.Current);
        // expect: manual 7
        // expect: manual 8
        e.Dispose(); // expect: cursor disposed
        IEnumerable nongeneric = seq;
        foreach (object o in nongeneric) Console.WriteLine(o.GetType().Name + " " + o);
        // expect: cursor created
        // expect: Int32 7
        // expect: Int32 8
        // expect: cursor disposed
    }
}
