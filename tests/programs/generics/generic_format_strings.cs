// Values of type T passed to composite format strings and string.Format ({0}, alignment, format specifiers through IFormattable) from generic code.
using System;

struct Temp : IFormattable
{
    public double Deg;
    public Temp(double d) { Deg = d; }
    public string ToString(string format, IFormatProvider p) { return format == "F" ? (Deg * 9 / 5 + 32) + "F" : Deg + "C"; }
    public override string ToString() { return ToString(null, null); }
}

class Program
{
    static string Fmt<T>(T x) { return string.Format("<{0}>", x); }
    static string Padded<T>(T x) { return string.Format("[{0,6}][{0,-6}]", x); }
    static string Spec<T>(T x) where T : IFormattable { return x.ToString("F", null); }
    static void Print<A, B>(A a, B b) { Console.WriteLine("{0} and {1}", a, b); }

    static void Main()
    {
        Console.WriteLine(Fmt(42)); // expect: <42>
        Console.WriteLine(Fmt("s")); // expect: <s>
        Console.WriteLine(Fmt<string>(null)); // expect: <>
        Console.WriteLine(Fmt(new Temp(100))); // expect: <100C>
        Console.WriteLine(Padded(7)); // expect: [     7][7     ]
        Console.WriteLine(Padded("ab")); // expect: [    ab][ab    ]
        Console.WriteLine(Spec(new Temp(100))); // expect: 212F
        Console.WriteLine(Spec(3)); // expect: 3.00
        Console.WriteLine(Spec(2.5)); // expect: 2.50
        Console.WriteLine(string.Format("{0:F}", new Temp(0))); // expect: 32F
        Print(1, "one"); // expect: 1 and one
        Print('c', true); // expect: c and True
        Print(new Temp(5), 1.25); // expect: 5C and 1.25
    }
}
