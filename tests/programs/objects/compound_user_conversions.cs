// Compound assignment on a struct that reaches the built-in operators only
// through its user-defined conversions: x op= y is x = (T)(x op y), with
// the conversion to int applied to x first (C# spec §12.21.4).
using System;

struct Meters
{
    int value;
    public Meters(int v) { value = v; }
    public static implicit operator Meters(int v) { return new Meters(v); }
    public static implicit operator int(Meters m) { return m.value; }
    public override string ToString() { return value + " m"; }
}

class Program
{
    static void Main()
    {
        Meters d = 3;
        d += 4;
        Console.WriteLine(d);
        d &= 4 + d;
        Console.WriteLine(d);
        d *= 2;
        Console.WriteLine(d);
        Meters[] laps = { 1, 2 };
        laps[1] -= 10;
        Console.WriteLine(laps[1]);
    }
}

// expect: 7
// expect: 3
// expect: 6
// expect: -8
