// A method called on a null reference throws NullReferenceException at the call, whether the
// method reads its object or not, and a delegate cannot be bound to a null object: inside an
// instance method `this` is never null, which the JIT relies on to drop its null checks.
using System;

class Counter
{
    int count;
    public int Count() { return 42; }
    public int Bump() { count++; return count; }
    public virtual int V() { return 7; }
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
    }
}
