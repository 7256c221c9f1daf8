// A method called on a null reference throws NullReferenceException at the call, whether the
// method reads its object or not, and a delegate cannot be bound to a null object: inside an
// instance method `this` is never null, which the JIT relies on to drop its null checks.
using System;

class Counter
{
    int count;
    public int Field;
    public int Count() { return 42; }
    public int Bump() { count++; return count; }
    public virtual int V() { return 7; }
}

// Probe is small enough to inline into Run, where `this` is never null: the null `n` that
// Probe reads must still be checked when Run stores through it.
class Runner
{
    int tag = 1;
    static int Probe(Counter n) { return n == null ? -1 : 5; }
    public int Run(Counter n)
    {
        n.Field = Probe(n);
        return tag;
    }
}

static class Program
{
    static void Main()
    {
        Counter c = null;
        try { Console.WriteLine(c.Count()); } catch (NullReferenceException) { Console.WriteLine("NRE Count"); } // expect: NRE Count
        try { Console.WriteLine(c.Bump()); } catch (NullReferenceException) { Console.WriteLine("NRE Bump"); } // expect: NRE Bump
        try { Console.WriteLine(c.V()); } catch (NullReferenceException) { Console.WriteLine("NRE V"); } // expect: NRE V
        try { Func<int> f = c.Count; Console.WriteLine(f()); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); } // expect: ArgumentException
        Console.WriteLine(new Counter().Bump()); // expect: 1
        var r = new Runner();
        for (int i = 0; i < 40; i++) r.Run(new Counter());
        try { r.Run(null); Console.WriteLine("stored"); } catch (NullReferenceException) { Console.WriteLine("NRE Run"); } // expect: NRE Run
    }
}
