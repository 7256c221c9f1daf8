// A method's code changes when the runtime compiles it again (quick code first, optimised once
// it is hot), but a delegate made before is still equal to one made after, has the same hash,
// and removes it from an event; for a static, an instance and a virtual method.
using System;
using System.Runtime.CompilerServices;

class Counter
{
    public int Hits;
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Bump() { Hits++; }
    [MethodImpl(MethodImplOptions.NoInlining)]
    public virtual void Tick() { Hits += 2; }
}

static class EqualityAfterTierUp
{
    static int Hits;
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Handler() { Hits++; }
    static event Action Fired;

    static void Main()
    {
        var c = new Counter();
        Action before = Handler;
        Action bumpBefore = c.Bump;
        Action tickBefore = c.Tick;
        Fired += Handler;
        Fired += c.Bump;
        Fired += c.Tick;
        for (int i = 0; i < 500; i++)
        {
            Handler();
            c.Bump();
            c.Tick();
        }
        Action after = Handler;
        Console.WriteLine(before.Equals(after) + " " + (before.GetHashCode() == after.GetHashCode()));
        Action bumpAfter = c.Bump;
        Console.WriteLine(bumpBefore.Equals(bumpAfter) + " " + (bumpBefore.GetHashCode() == bumpAfter.GetHashCode()));
        Action tickAfter = c.Tick;
        Console.WriteLine(tickBefore.Equals(tickAfter) + " " + (tickBefore.GetHashCode() == tickAfter.GetHashCode()));
        Console.WriteLine(before.Equals(bumpAfter) + " " + bumpAfter.Equals(tickAfter));
        Fired -= Handler;
        Fired -= c.Tick;
        Fired();
        Console.WriteLine(Hits + " " + c.Hits);
        Fired -= c.Bump;
        Console.WriteLine(Fired == null);
        // expect: True True
        // expect: True True
        // expect: True True
        // expect: False False
        // expect: 500 1501
        // expect: True
    }
}
