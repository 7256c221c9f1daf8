// The struct constraint: value-type-only generic code, default(T), copying and instantiation with primitives and user structs.
using System;

struct Money
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public override string ToString() { return (Cents / 100) + "." + (Cents % 100).ToString("00"); }
}

class ValueHolder<T> where T : struct
{
    T[] values = new T[4];
    int n;
    public void Add(T v) { values[n++] = v; }
    public T Last { get { return n == 0 ? default(T) : values[n - 1]; } }
    public int Count { get { return n; } }
    public T MakeDefault() { return new T(); }
}

class Program
{
    static T Copy<T>(T v) where T : struct { T c = v; return c; }
    static string Info<T>(T v) where T : struct { return typeof(T).Name + "=" + v; }
    static bool IsZero<T>(T v) where T : struct { return v.Equals(default(T)); }

    static void Main()
    {
        ValueHolder<int> h = new ValueHolder<int>();
        Console.WriteLine(h.Last); // expect: 0
        h.Add(3);
        h.Add(9);
        Console.WriteLine(h.Last + " " + h.Count); // expect: 9 2
        Console.WriteLine(h.MakeDefault()); // expect: 0
        ValueHolder<Money> m = new ValueHolder<Money>();
        m.Add(new Money(1234));
        Console.WriteLine(m.Last); // expect: 12.34
        Console.WriteLine(m.MakeDefault()); // expect: 0.00
        Money a = new Money(500);
        Money b = Copy(a);
        b.Cents = 1;
        Console.WriteLine(a + " " + b); // expect: 5.00 0.01
        Console.WriteLine(Info(2.5)); // expect: Double=2.5
        Console.WriteLine(Info('x')); // expect: Char=x
        Console.WriteLine(Info(new Money(99))); // expect: Money=0.99
        Console.WriteLine(Info(DayOfWeek.Friday)); // expect: DayOfWeek=Friday
        Console.WriteLine(IsZero(0)); // expect: True
        Console.WriteLine(IsZero(0.0)); // expect: True
        Console.WriteLine(IsZero(new Money(0))); // expect: True
        Console.WriteLine(IsZero(new Money(1))); // expect: False
        Console.WriteLine(IsZero(false)); // expect: True
    }
}
