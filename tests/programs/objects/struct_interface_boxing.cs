// A struct implementing an interface: converting to the interface boxes a copy, so mutation through the
// interface changes the box, not the original; calls on the struct variable itself mutate it in place.
using System;

interface ICounter
{
    void Increment();
    int Value { get; }
}

struct Counter : ICounter
{
    public int Count;
    public void Increment() { Count++; }
    public int Value { get { return Count; } }
}

class Program
{
    static void Main()
    {
        Counter c = new Counter();
        c.Increment();
        ICounter boxed = c;
        boxed.Increment();
        boxed.Increment();
        Console.WriteLine(c.Count);       // expect: 1
        Console.WriteLine(boxed.Value);   // expect: 3
        ICounter alias = boxed;
        alias.Increment();
        Console.WriteLine(boxed.Value);   // expect: 4
        Counter back = (Counter)boxed;
        back.Increment();
        Console.WriteLine(back.Count + " " + boxed.Value); // expect: 5 4
        object o = c;
        ((ICounter)o).Increment();
        Console.WriteLine(((Counter)o).Count); // expect: 2
        Console.WriteLine(c.Count);            // expect: 1
    }
}
