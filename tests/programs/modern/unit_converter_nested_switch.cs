// A unit converter built from nested switch expressions over two enums (the outer arm's value is itself a switch expression), relational arms choosing a display precision, a throw expression arm for unsupported pairs, and switch expressions passed as arguments and used as interpolation holes.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

enum Unit { Meter, Kilometer, Mile, Celsius, Fahrenheit }

class Program
{
    static double ToBase(Unit u, double v) => u switch
    {
        Unit.Meter => v,
        Unit.Kilometer => v * 1000,
        Unit.Mile => v * 1609.344,
        Unit.Celsius => v,
        Unit.Fahrenheit => (v - 32) * 5 / 9,
        _ => throw new ArgumentOutOfRangeException(nameof(u)),
    };

    static string Dimension(Unit u) => u switch
    {
        Unit.Meter or Unit.Kilometer or Unit.Mile => "length",
        _ => "temperature",
    };

    static double Convert(double v, Unit from, Unit to) => from switch
    {
        var f when Dimension(f) != Dimension(to) => throw new InvalidOperationException($"{from} -> {to}"),
        _ => to switch
        {
            Unit.Meter or Unit.Celsius => ToBase(from, v),
            Unit.Kilometer => ToBase(from, v) / 1000,
            Unit.Mile => ToBase(from, v) / 1609.344,
            Unit.Fahrenheit => ToBase(from, v) * 9 / 5 + 32,
            _ => double.NaN,
        },
    };

    static string Fmt(double v) => Math.Abs(v) switch
    {
        0 => "0",
        < 0.01 => v.ToString("0.0000"),
        < 100 => v.ToString("0.00"),
        _ => v.ToString("0"),
    };

    static string Symbol(Unit u) => u switch { Unit.Meter => "m", Unit.Kilometer => "km", Unit.Mile => "mi", Unit.Celsius => "C", _ => "F" };

    static void Show(double v, Unit from, Unit to)
    {
        try { Console.WriteLine($"{Fmt(v)} {Symbol(from)} = {Fmt(Convert(v, from, to))} {Symbol(to)}"); }
        catch (InvalidOperationException e) { Console.WriteLine("cannot convert " + e.Message); }
    }

    static void Main()
    {
        Show(5, Unit.Kilometer, Unit.Mile);
        Show(26.2, Unit.Mile, Unit.Kilometer);
        Show(3, Unit.Meter, Unit.Kilometer);
        Show(100, Unit.Celsius, Unit.Fahrenheit);
        Show(-40, Unit.Fahrenheit, Unit.Celsius);
        Show(0, Unit.Celsius, Unit.Meter);
        Show(1500, Unit.Meter, Unit.Meter);
        Console.WriteLine(Symbol(Unit.Fahrenheit) + Dimension(Unit.Mile).Length + Fmt(Convert(1, Unit.Mile, Unit.Meter)));
    }
}
// expect: 5.00 km = 3.11 mi
// expect: 26.20 mi = 42.16 km
// expect: 3.00 m = 0.0030 km
// expect: 100 C = 212 F
// expect: -40.00 F = -40.00 C
// expect: cannot convert Celsius -> Meter
// expect: 1500 m = 1500 m
// expect: F61609
