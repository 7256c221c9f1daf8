// IFormattable: composite formatting (string.Format, Console.WriteLine, interpolation with a
// format, StringBuilder.AppendFormat) hands each item's format string to a user type that
// implements it, and a null format when the item has none; writing an object to the console
// or a TextWriter and Convert.ToString(object) ask it with a null format too, while string
// concatenation and StringBuilder.Append use ToString(). The numbers, decimal, enums,
// DateTime, TimeSpan and Guid implement it; string, char and bool do not.
using System;
using System.IO;
using System.Text;

enum Color { Red, Green, Blue }

class Temperature : IFormattable
{
    private readonly double _celsius;

    public Temperature(double celsius)
    {
        _celsius = celsius;
    }

    public string ToString(string format, IFormatProvider provider)
    {
        if (format == null) format = "C";
        switch (format)
        {
            case "C": return _celsius.ToString("F1") + " C";
            case "F": return (_celsius * 9 / 5 + 32).ToString("F1") + " F";
            case "K": return (_celsius + 273.15).ToString("F2") + " K";
            default: return "?" + format + "?";
        }
    }

    public override string ToString()
    {
        return "Temperature";
    }
}

// Records what composite formatting passes in.
struct Probe : IFormattable
{
    public string ToString(string format, IFormatProvider provider)
    {
        return "<" + (format == null ? "null" : "\"" + format + "\"") + (provider == null ? ", no provider>" : ", provider>");
    }

    public override string ToString()
    {
        return "<ToString()>";
    }
}

// A null result is formatted as nothing.
class Silent : IFormattable
{
    public string ToString(string format, IFormatProvider provider)
    {
        return null;
    }
}

class IFormattableTest
{
    static string Is(object o)
    {
        return (o is IFormattable) ? "yes" : "no";
    }

    static string F(object o, string format)
    {
        return ((IFormattable)o).ToString(format, null);
    }

    static void Main()
    {
        Temperature t = new Temperature(21.5);
        Console.WriteLine(string.Format("{0:F}", t)); // expect: 70.7 F
        Console.WriteLine("{0:K}", t); // expect: 294.65 K
        Console.WriteLine($"{t:C} and {t:F}"); // expect: 21.5 C and 70.7 F
        Console.WriteLine($"[{t,10:K}] [{t,-8:C}]"); // expect: [  294.65 K] [21.5 C  ]
        StringBuilder sb = new StringBuilder();
        sb.AppendFormat("{0:F} / {1:K} / {0:X}", t, new Temperature(-40));
        Console.WriteLine(sb.ToString()); // expect: 70.7 F / 233.15 K / ?X?
        Console.WriteLine(string.Format("{0} {1}", t, t.ToString())); // expect: 21.5 C Temperature
        Console.WriteLine("t = " + t); // expect: t = Temperature
        Console.WriteLine(t); // expect: 21.5 C
        Console.Write(t);
        Console.WriteLine(); // expect: 21.5 C
        StringWriter sw = new StringWriter();
        sw.Write(new Temperature(100));
        sw.Write(' ');
        sw.WriteLine(t);
        Console.Write(sw.ToString()); // expect: 100.0 C 21.5 C
        Console.WriteLine(Convert.ToString(t) + " " + Convert.ToString((object)TimeSpan.FromHours(1)) + " " + Convert.ToString((object)null) + "."); // expect: 21.5 C 01:00:00 .
        Console.WriteLine(new StringBuilder().Append(t).ToString() + " " + string.Concat(t, "!") + " " + string.Join(",", t, t)); // expect: Temperature Temperature! Temperature,Temperature

        Console.WriteLine(Is(42) + " " + Is(3.5) + " " + Is(2.5f) + " " + Is((byte)1) + " " + Is((sbyte)1) + " " + Is((short)1) + " " + Is((ushort)1) + " " + Is(1u) + " " + Is(1L) + " " + Is(1UL)); // expect: yes yes yes yes yes yes yes yes yes yes
        Console.WriteLine(Is(1.5m) + " " + Is(Color.Blue) + " " + Is(new DateTime(2020, 2, 29)) + " " + Is(TimeSpan.Zero) + " " + Is(Guid.Empty) + " " + Is(t)); // expect: yes yes yes yes yes yes
        Console.WriteLine(Is("text") + " " + Is('c') + " " + Is(true) + " " + Is(new object()) + " " + Is(null)); // expect: no no no no no
        Console.WriteLine(F(42, "X4") + " " + F(3.5, "F3") + " " + F(-7L, "D5") + " " + F((byte)255, "x") + " " + F(0.25f, "P0")); // expect: 002A 3.500 -00007 ff 25 %
        Console.WriteLine(F(1234.5m, "N2") + " " + F(1234.5m, null) + " " + F(42, null) + " " + F(3.5, "")); // expect: 1,234.50 1234.5 42 3.5
        Console.WriteLine(F(Color.Blue, "D") + " " + F(Color.Green, "X") + " " + F(Color.Red, "G") + " " + F(Color.Blue, null)); // expect: 2 00000001 Red Blue
        DateTime d = new DateTime(2020, 2, 29, 13, 45, 30);
        Console.WriteLine(F(d, "yyyy-MM-dd HH:mm") + " | " + F(d, "s") + " | " + F(d, null)); // expect: 2020-02-29 13:45 | 2020-02-29T13:45:30 | 02/29/2020 13:45:30
        TimeSpan span = new TimeSpan(1, 2, 3, 4, 500);
        Console.WriteLine(F(span, "c") + " | " + F(span, "g") + " | " + F(span, @"hh\:mm") + " | " + F(span, null)); // expect: 1.02:03:04.5000000 | 1:2:03:04.5 | 02:03 | 1.02:03:04.5000000
        Guid g = new Guid("00112233-4455-6677-8899-aabbccddeeff");
        Console.WriteLine(F(g, "N") + " | " + F(g, "B") + " | " + F(g, null)); // expect: 00112233445566778899aabbccddeeff | {00112233-4455-6677-8899-aabbccddeeff} | 00112233-4455-6677-8899-aabbccddeeff

        Probe p = new Probe();
        Console.WriteLine(string.Format("{0}", p)); // expect: <null, no provider>
        Console.WriteLine(string.Format("{0:}", p)); // expect: <null, no provider>
        Console.WriteLine(string.Format("{0,3}|{0:abc}|{0,-2:Q}", p)); // expect: <null, no provider>|<"abc", no provider>|<"Q", no provider>
        Console.WriteLine($"{p:x}"); // expect: <"x", no provider>
        Console.WriteLine(new StringBuilder().AppendFormat("{0}", p).ToString()); // expect: <null, no provider>
        Console.WriteLine("[" + string.Format("{0}{0:F}", new Silent()) + "]"); // expect: []
    }
}
