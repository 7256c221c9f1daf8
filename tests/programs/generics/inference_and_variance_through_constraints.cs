// Inference skips an argument whose type implements two instances of the
// parameter's generic interface (no unique one, §12.6.3.10) and learns
// from the others; variance converts IEnumerable<T> to IEnumerable<U>
// where T : class, U.
using System;
using System.Collections.Generic;

class A { public override string ToString() { return "A"; } }
class B { public override string ToString() { return "B"; } }

interface ICharlie<T> { }

class Delta : ICharlie<A>, ICharlie<B> { }

class Program
{
    static string Test<U>(ICharlie<U> icu, U u) { return typeof(U).Name + ":" + u; }

    static IEnumerable<U> Widen<T, U>(List<T> items) where T : class, U
    {
        IEnumerable<T> ts = items;
        IEnumerable<U> us = ts;
        return us;
    }

    static void Main()
    {
        Console.WriteLine(Test(new Delta(), new A()) + " " + Test(new Delta(), new B()));
        foreach (object o in Widen<string, object>(new List<string> { "x", "y" }))
            Console.Write(o + ";");
        Console.WriteLine();
    }
}
// expect: A:A B:B
// expect: x;y;
