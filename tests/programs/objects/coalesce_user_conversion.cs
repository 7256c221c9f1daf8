// `a ?? b` where `a`'s class converts to `b`'s type only through a
// user-defined conversion (C# spec §12.15): the conversion runs once, and
// only when `a` is not null; `a` is evaluated once.
using System;

struct Money
{
    public int Cents;
    public Money(int cents) { Cents = cents; }
}

class Price
{
    public static int Conversions;
    public int Value;
    public Price(int v) { Value = v; }

    public static implicit operator Money(Price p)
    {
        Conversions++;
        return new Money(p.Value * 100);
    }
}

class Label
{
    public string Text;
    public static implicit operator string(Label l) { Console.WriteLine("to string"); return l.Text; }
}

class Program
{
    static int reads;
    static Price Read(Price p) { reads++; return p; }

    static void Main()
    {
        Money m = Read(new Price(3)) ?? new Money(1);
        Console.WriteLine(m.Cents + " " + Price.Conversions + " " + reads);
        m = Read(null) ?? new Money(7);
        Console.WriteLine(m.Cents + " " + Price.Conversions + " " + reads);
        Label none = null;
        string s = none ?? "default";
        Console.WriteLine(s);
        s = new Label { Text = "label" } ?? "default";
        Console.WriteLine(s);
    }
}

// expect: 300 1 1
// expect: 7 1 2
// expect: default
// expect: to string
// expect: label
