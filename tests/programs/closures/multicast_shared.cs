// Multicast delegates made of closures that share one captured variable: invocation order, the last return value, removing a closure, and GetInvocationList.
using System;

class Program
{
    static void Main()
    {
        int shared = 1;
        Action chain = () => shared += 10;
        chain += () => shared *= 2;
        chain += () => Console.WriteLine("now " + shared);
        chain();
        chain();
        Console.WriteLine(shared);

        // removing a closure by reference
        Action doubler = () => shared *= 2;
        Action plusOne = () => shared += 1;
        Action both = doubler + plusOne;
        shared = 5;
        both();
        Console.WriteLine(shared);
        both -= doubler;
        shared = 5;
        both();
        Console.WriteLine(shared);

        // Func multicast: the result is the last delegate's value, but all run
        int calls = 0;
        Func<int> f = () => { calls++; return calls * 10; };
        f += () => { calls++; return calls * 100; };
        int r = f();
        Console.WriteLine(r + " " + calls);

        // closures from a loop combined into one delegate, each with its own body local
        string trace = "";
        Action all = null;
        for (int i = 0; i < 4; i++)
        {
            int id = i;
            all += () => trace += id;
        }
        all();
        all();
        Console.WriteLine(trace);

        // GetInvocationList: each element still shares the captured variable
        int hits = 0;
        Action<int> multi = n => hits += n;
        multi += n => hits += n * 100;
        Delegate[] parts = multi.GetInvocationList();
        Console.WriteLine(parts.Length);
        ((Action<int>)parts[1])(2);
        ((Action<int>)parts[0])(3);
        multi(1);
        Console.WriteLine(hits);

        // a closure added twice runs twice; removing it once leaves one
        int ticks = 0;
        Action tick = () => ticks++;
        Action twice = tick + tick;
        twice();
        twice -= tick;
        twice();
        Console.WriteLine(ticks);
    }
}
// expect: now 22
// expect: now 64
// expect: 64
// expect: 11
// expect: 6
// expect: 200 2
// expect: 01230123
// expect: 2
// expect: 304
// expect: 3
