// Destructors run once their objects are unreachable: after GC.Collect()
// and GC.WaitForPendingFinalizers(), every dropped object's finalizer has
// run, a derived class's destructor before its base class's, and none of
// the objects given to GC.SuppressFinalize.
using System;

class Base
{
    public static int baseRuns;
    ~Base() { baseRuns++; }
}

class Derived : Base
{
    public static int derivedRuns;
    public static int order; // 1 when each Derived ran its own destructor before Base's
    int mine;
    ~Derived()
    {
        derivedRuns++;
        mine = baseRuns;
        order = 1;
    }
}

class Quiet
{
    public static int runs;
    ~Quiet() { runs++; }
}

class Program
{
    // Overwrites the stack where the returned methods' frames were with small integers, so
    // that a runtime scanning the stack conservatively (Sharp, Mono) finds no stale pointer
    // to the objects this test drops.
    static int Burn(int n)
    {
        int a = n, b = n + 1, c = n + 2, d = n + 3, e = n + 4, f = n + 5, g = n + 6, h = n + 7;
        return n == 0 ? 0 : Burn(n - 1) + a + b + c + d + e + f + g + h;
    }
    static void Make(int n)
    {
        for (int i = 0; i < n; i++)
        {
            if (i % 2 == 0) new Base(); else new Derived();
            Quiet q = new Quiet();
            GC.SuppressFinalize(q);
        }
    }

    static void Main()
    {
        Make(200);
        Burn(200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("derived " + Derived.derivedRuns); // expect: derived 100
        Console.WriteLine("base " + Base.baseRuns); // expect: base 200
        Console.WriteLine("suppressed ran " + Quiet.runs); // expect: suppressed ran 0
        Console.WriteLine("order " + Derived.order); // expect: order 1
    }
}
