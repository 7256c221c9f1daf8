// User-defined implicit and explicit conversions: used by casts, assignments, and implicitly for arguments.
using System;

struct Celsius
{
    public double Deg;
    public Celsius(double d) { Deg = d; }
    public static implicit operator double(Celsius c) { return c.Deg; }
    public static explicit operator Celsius(double d) { return new Celsius(d); }
    public static implicit operator Fahrenheit(Celsius c) { return new Fahrenheit(c.Deg * 9 / 5 + 32); }
}

struct Fahrenheit
{
    public double Deg;
    public Fahrenheit(double d) { Deg = d; }
}

class Meters
{
    public int Value;
    public Meters(int v) { Value = v; }
    public static implicit operator Meters(int v) { Console.WriteLine("int->Meters"); return new Meters(v); }
    public static explicit operator int(Meters m) { Console.WriteLine("Meters->int"); return m.Value; }
}

class Program
{
    static void ShowF(Fahrenheit f) { Console.WriteLine(f.Deg + "F"); }
    static int Len(Meters m) { return m.Value * 2; }

    static void Main()
    {
        Celsius c = (Celsius)100.0;
        double d = c;
        Console.WriteLine(d);           // expect: 100
        ShowF(c);                       // expect: 212F
        Console.WriteLine(c + 1.5);     // expect: 101.5
        Meters m = 5;                   // expect: int->Meters
        Console.WriteLine(Len(7));
        // expect: int->Meters
        // expect: 14
        int back = (int)m;              // expect: Meters->int
        Console.WriteLine(back);        // expect: 5
        Console.WriteLine((long)(int)m); // expect: Meters->int
        // expect: 5
    }
}
