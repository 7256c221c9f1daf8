// An interface constraint with a struct type argument: calls through T do not box, so a mutating method changes the T-typed variable itself (a copy of the caller's value), unlike calls through the interface.
using System;

interface ICounter
{
    void Increment();
    int Value { get; }
}

struct SCounter : ICounter
{
    int v;
    public void Increment() { v++; }
    public int Value { get { return v; } }
}

class CCounter : ICounter
{
    int v;
    public void Increment() { v++; }
    public int Value { get { return v; } }
}

class Holder<T> where T : ICounter
{
    public T Item;
    readonly T frozen;
    public Holder(T item) { Item = item; frozen = item; }
    public void Bump() { Item.Increment(); }
    public int BumpFrozen() { frozen.Increment(); return frozen.Value; }
}

class Program
{
    static int IncTwice<T>(T c) where T : ICounter
    {
        c.Increment();
        c.Increment();
        return c.Value;
    }

    static void IncRef<T>(ref T c) where T : ICounter { c.Increment(); }

    static int CopyThenInc<T>(T c) where T : ICounter
    {
        T copy = c;
        copy.Increment();
        return c.Value * 10 + copy.Value;
    }

    static int ViaInterface<T>(T c) where T : ICounter
    {
        ICounter i = c;
        i.Increment();
        return c.Value * 10 + i.Value;
    }

    static void Main()
    {
        SCounter s = new SCounter();
        Console.WriteLine(IncTwice(s)); // expect: 2
        Console.WriteLine(s.Value); // expect: 0
        IncRef(ref s);
        IncRef(ref s);
        IncRef(ref s);
        Console.WriteLine(s.Value); // expect: 3
        Console.WriteLine(CopyThenInc(s)); // expect: 34
        Console.WriteLine(ViaInterface(s)); // expect: 34
        Console.WriteLine(s.Value); // expect: 3

        CCounter c = new CCounter();
        Console.WriteLine(IncTwice(c)); // expect: 2
        Console.WriteLine(c.Value); // expect: 2
        IncRef(ref c);
        Console.WriteLine(c.Value); // expect: 3
        Console.WriteLine(CopyThenInc(c)); // expect: 44
        Console.WriteLine(ViaInterface(c)); // expect: 55

        Holder<SCounter> hs = new Holder<SCounter>(s);
        hs.Bump();
        hs.Bump();
        Console.WriteLine(hs.Item.Value + " " + s.Value); // expect: 5 3
        Console.WriteLine(hs.BumpFrozen()); // expect: 3
        Console.WriteLine(hs.BumpFrozen()); // expect: 3

        Holder<CCounter> hc = new Holder<CCounter>(c);
        hc.Bump();
        Console.WriteLine(hc.Item.Value + " " + c.Value); // expect: 6 6
        Console.WriteLine(hc.BumpFrozen()); // expect: 7
        Console.WriteLine(c.Value); // expect: 7

        ICounter boxed = s;
        boxed.Increment();
        Console.WriteLine(boxed.Value + " " + s.Value); // expect: 4 3
        SCounter[] arr = new SCounter[2];
        IncRef(ref arr[1]);
        Console.WriteLine(arr[0].Value + " " + arr[1].Value); // expect: 0 1
    }
}
