// foreach over a user IEnumerable<T> disposes the enumerator on break, return, continue-to-end, and when an exception escapes the loop body.
using System;
using System.Collections;
using System.Collections.Generic;

class Letters : IEnumerable<char>
{
    string text;
    public Letters(string t) { text = t; }
    public IEnumerator<char> GetEnumerator() { return new E(text); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class E : IEnumerator<char>
    {
        string t;
        int i = -1;
        public E(string t) { this.t = t; }
        public char Current { get { return t[i]; } }
        object IEnumerator.Current { get { return Current; } }
        public bool MoveNext() { return ++i < t.Length; }
        public void Reset() { i = -1; }
        public void Dispose() { Console.WriteLine("dispose " + t); }
    }
}

class Program
{
    static char FirstUpper(string s)
    {
        foreach (char c in new Letters(s))
            if (char.IsUpper(c)) return c;
        return '-';
    }

    static void Main()
    {
        foreach (char c in new Letters("abcde"))
        {
            if (c == 'c') break;
            Console.WriteLine(c);
        }
        // expect: a
        // expect: b
        // expect: dispose abcde
        Console.WriteLine(FirstUpper("xyZw"));
        // expect: dispose xyZw
        // expect: Z
        Console.WriteLine(FirstUpper("none"));
        // expect: dispose none
        // expect: -
        int skipped = 0;
        foreach (char c in new Letters("a1b2"))
        {
            if (char.IsDigit(c)) { skipped++; continue; }
        }
        // expect: dispose a1b2
        Console.WriteLine(skipped); // expect: 2
        try
        {
            foreach (char c in new Letters("ok!"))
            {
                if (c == '!') throw new InvalidOperationException("bang");
                Console.WriteLine("saw " + c);
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        // expect: saw o
        // expect: saw k
        // expect: dispose ok!
        // expect: caught bang
        foreach (char outer in new Letters("12"))
        {
            foreach (char inner in new Letters("xy"))
            {
                if (inner == 'y') break;
                Console.WriteLine("" + outer + inner);
            }
        }
        // expect: 1x
        // expect: dispose xy
        // expect: 2x
        // expect: dispose xy
        // expect: dispose 12
    }
}
