// mono-differs: Mono words ArgumentOutOfRangeException messages as "text\nParameter name: p"
// decimal rounding: Math.Round and decimal.Round (half to even unless told otherwise, to a
// number of decimals), Floor, Ceiling, Truncate, Abs, Sign, Max and Min.
using System;

class DecimalRounding
{
    static void Main()
    {
        decimal[] values = { 2.5m, 3.5m, -2.5m, 2.45m, 2.55m, 1.005m, -0.5m, 123.456789m };
        foreach (decimal v in values)
        {
            Console.WriteLine(v + ": " + Math.Round(v) + " " + Math.Round(v, 1) + " " + Math.Round(v, MidpointRounding.AwayFromZero)
                + " " + Math.Round(v, 2, MidpointRounding.AwayFromZero) + " " + Math.Floor(v) + " " + Math.Ceiling(v) + " " + Math.Truncate(v));
        }
        // expect: 2.5: 2 2.5 3 2.5 2 3 2
        // expect: 3.5: 4 3.5 4 3.5 3 4 3
        // expect: -2.5: -2 -2.5 -3 -2.5 -3 -2 -2
        // expect: 2.45: 2 2.4 2 2.45 2 3 2
        // expect: 2.55: 3 2.6 3 2.55 2 3 2
        // expect: 1.005: 1 1.0 1 1.01 1 2 1
        // expect: -0.5: 0 -0.5 -1 -0.5 -1 0 0
        // expect: 123.456789: 123 123.5 123 123.46 123 124 123
        Console.WriteLine(decimal.Round(1.23456789m, 4)); // expect: 1.2346
        Console.WriteLine(Math.Round(1.2m, 5)); // expect: 1.2
        Console.WriteLine(Math.Abs(-3.10m) + " " + Math.Sign(-3.1m) + " " + Math.Sign(0m) + " " + Math.Sign(0.01m)); // expect: 3.10 -1 0 1
        Console.WriteLine(Math.Max(1.5m, 1.50m) + " " + Math.Min(-1m, 2m) + " " + Math.Max(2.0m, 2m)); // expect: 1.5 -1 2.0
        Console.WriteLine(decimal.Negate(4.5m) + " " + decimal.Truncate(-4.99m) + " " + decimal.Floor(-4.01m) + " " + decimal.Ceiling(-4.99m)); // expect: -4.5 -4 -5 -4
        Console.WriteLine(Math.Floor(-0.5m) + " " + Math.Ceiling(-0.5m) + " " + Math.Round(-0.4m)); // expect: -1 0 0
        try { Math.Round(1m, 29); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); } // expect: Decimal can only round to between 0 and 28 digits of precision. (Parameter 'decimals')
        decimal total = 0;
        for (int i = 1; i <= 12; i++) total += Math.Round(1000m * 0.0375m / 12, 2);
        Console.WriteLine(total); // expect: 37.44
    }
}
