// mono-differs: Mono words ArgumentNullException messages as "text\nParameter name: p"
// decimal text: ToString keeps the scale's trailing zeros, the standard and custom numeric
// formats of the invariant culture, composite formats, and Parse/TryParse (NumberStyles.Number).
using System;

class DecimalFormatting
{
    static void Main()
    {
        decimal d = 1234.5678m;
        Console.WriteLine(d.ToString("F2")); // expect: 1234.57
        Console.WriteLine(d.ToString("N")); // expect: 1,234.57
        Console.WriteLine(d.ToString("N0")); // expect: 1,235
        Console.WriteLine(d.ToString("C")); // expect: ¤1,234.57
        Console.WriteLine(d.ToString("E")); // expect: 1.234568E+003
        Console.WriteLine(d.ToString("E2")); // expect: 1.23E+003
        Console.WriteLine(d.ToString("G")); // expect: 1234.5678
        Console.WriteLine(d.ToString("G5")); // expect: 1234.6
        Console.WriteLine(d.ToString("P1")); // expect: 123,456.8 %
        Console.WriteLine(d.ToString("0.00")); // expect: 1234.57
        Console.WriteLine(d.ToString("#,##0.0")); // expect: 1,234.6
        Console.WriteLine((-d).ToString("0.000;(0.000)")); // expect: (1234.568)
        Console.WriteLine(0.5m.ToString("F0") + " " + 1.5m.ToString("F0") + " " + 2.5m.ToString("F0")); // expect: 1 2 3
        Console.WriteLine(1.50m.ToString() + " " + 100m.ToString() + " " + 0.001m.ToString()); // expect: 1.50 100 0.001
        Console.WriteLine(string.Format("{0:F3}|{1,8:N1}|{2}", 2.5m, 1234.56m, 7.10m)); // expect: 2.500| 1,234.6|7.10
        decimal price = 9.5m;
        Console.WriteLine($"Price: {price:C} ({price})"); // expect: Price: ¤9.50 (9.5)
        Console.WriteLine("Total: " + price * 3); // expect: Total: 28.5
        Console.WriteLine(decimal.Parse("123.4500")); // expect: 123.4500
        Console.WriteLine(decimal.Parse("  -1,234.5  ")); // expect: -1234.5
        Console.WriteLine(decimal.Parse("5-")); // expect: -5
        Console.WriteLine(decimal.Parse("0.00")); // expect: 0.00
        Console.WriteLine(decimal.Parse("79228162514264337593543950335")); // expect: 79228162514264337593543950335
        Console.WriteLine(decimal.Parse("1.23456789012345678901234567890123")); // expect: 1.2345678901234567890123456789
        Console.WriteLine(decimal.Parse("0.0000000000000000000000000000001")); // expect: 0.0000000000000000000000000000
        decimal r;
        Console.WriteLine(decimal.TryParse("3.25", out r) + " " + r); // expect: True 3.25
        Console.WriteLine(decimal.TryParse("1e5", out r) + " " + r); // expect: False 0
        Console.WriteLine(decimal.TryParse("abc", out r) + " " + r); // expect: False 0
        Console.WriteLine(decimal.TryParse("79228162514264337593543950336", out r) + " " + r); // expect: False 0
        try { decimal.Parse("1.2.3"); }
        catch (FormatException e) { Console.WriteLine(e.Message); } // expect: Input string was not in a correct format.
        try { decimal.Parse("99999999999999999999999999999"); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for a Decimal.
        try { decimal.Parse(null); }
        catch (ArgumentNullException e) { Console.WriteLine(e.Message); } // expect: Value cannot be null. (Parameter 's')
        try { Console.WriteLine(1m.ToString("R")); }
        catch (FormatException e) { Console.WriteLine(e.Message); } // expect: Format specifier was invalid.
    }
}
