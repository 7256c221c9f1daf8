// Interpolation without formats: a hole of a user's IFormattable type (or one that may hold
// such a value: object, an interface, a type parameter, an unsealed class) is formatted as
// composite formatting does it, by ToString(null, provider), as Roslyn's string.Format
// lowering gives; other holes are concatenated.
using System;

class Money : IFormattable
{
    public decimal Amount;
    public Money(decimal a) { Amount = a; }
    public override string ToString() { return "Money(" + Amount + ")"; }
    public string ToString(string format, IFormatProvider provider)
    {
        return (format == null ? "[no format] " : "[" + format + "] ") + Amount.ToString("0.00");
    }
}

struct Point : IFormattable
{
    public int X, Y;
    public override string ToString() { return "Point"; }
    public string ToString(string format, IFormatProvider provider) { return "(" + X + ", " + Y + ")"; }
}

sealed class Plain { public override string ToString() { return "plain"; } }
class Open { public override string ToString() { return "open"; } }
class Derived : Open, IFormattable
{
    public string ToString(string format, IFormatProvider provider) { return "derived via IFormattable"; }
}

class Program
{
    static string Show<T>(T value) { return $"<{value}>"; }

    static void Main()
    {
        var m = new Money(12.5m);
        object boxed = m;
        IFormattable f = new Point { X = 1, Y = 2 };
        Open o = new Derived();
        Console.WriteLine($"{m}");
        Console.WriteLine($"total: {m} and {m:F}");
        Console.WriteLine($"{boxed} | {f} | {new Point { X = 3, Y = 4 }}");
        Console.WriteLine($"{new Plain()} {o} {new Open()}");
        Console.WriteLine(Show(m) + Show(42) + Show("s") + Show<object>(null));
        int i = 7; double d = 0.5; string s = null;
        Console.WriteLine($"{i} {d} {s}|{DateTime.MinValue.Year} {DayOfWeek.Friday} {1.5m}");
        Console.WriteLine("concat: " + m + " " + f);
    }
}
// expect: [no format] 12.50
// expect: total: [no format] 12.50 and [F] 12.50
// expect: [no format] 12.50 | (1, 2) | (3, 4)
// expect: plain derived via IFormattable open
// expect: <[no format] 12.50><42><s><>
// expect: 7 0.5 |1 Friday 1.5
// expect: concat: Money(12.5) Point
