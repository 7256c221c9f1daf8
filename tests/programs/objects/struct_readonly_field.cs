// A readonly struct field: calling a mutating method on it mutates a defensive copy, so the field is unchanged.
using System;

struct Counter
{
    public int N;
    public int Inc() { N++; return N; }
}

class Owner
{
    public readonly Counter Fixed;
    public Counter Free;
    public Owner() { Fixed.N = 10; Free.N = 10; }
}

class Program
{
    static readonly Counter shared;

    static void Main()
    {
        Owner o = new Owner();
        Console.WriteLine(o.Fixed.Inc());   // expect: 11
        Console.WriteLine(o.Fixed.Inc());   // expect: 11
        Console.WriteLine(o.Fixed.N);       // expect: 10
        Console.WriteLine(o.Free.Inc());    // expect: 11
        Console.WriteLine(o.Free.Inc());    // expect: 12
        Console.WriteLine(shared.Inc() + shared.Inc()); // expect: 2
        Console.WriteLine(shared.N);        // expect: 0
    }
}
