// An exception that escapes a finalizer ends the program, as an unhandled
// exception does anywhere else.
using System;

class Bad
{
    ~Bad()
    {
        throw new InvalidOperationException("from a finalizer");
    }
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
    static void Drop()
    {
        new Bad();
    }

    static void Main()
    {
        Drop();
        Console.WriteLine("collecting"); // expect: collecting
        Burn(200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("not reached");
    }
}
// throws: System.InvalidOperationException
