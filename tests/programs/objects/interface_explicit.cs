// Explicit interface implementation: callable only through the interface; two interfaces with the same member name.
using System;

interface IEnglish { string Hello(); }
interface IFrench { string Hello(); }

class Speaker : IEnglish, IFrench
{
    string IEnglish.Hello() { return "hello"; }
    string IFrench.Hello() { return "bonjour"; }
    public string Hello() { return "hi"; }
}

interface ICounter { int Next(); }

class Counter : ICounter
{
    int n;
    int ICounter.Next() { n++; return n; }
    public int Peek() { return n; }
}

class Program
{
    static void Main()
    {
        Speaker s = new Speaker();
        Console.WriteLine(s.Hello());                 // expect: hi
        Console.WriteLine(((IEnglish)s).Hello());     // expect: hello
        IFrench f = s;
        Console.WriteLine(f.Hello());                 // expect: bonjour
        Counter c = new Counter();
        ICounter ic = c;
        ic.Next();
        ic.Next();
        Console.WriteLine(c.Peek());                  // expect: 2
        Console.WriteLine(((ICounter)c).Next());      // expect: 3
    }
}
