// Conversions with nullables: T to T? implicitly, T? to T explicitly, lifted numeric conversions (int? to long?/double?, explicit long? to int?), and nullable enums.
using System;

enum Mode { Off, On }

class Program
{
    static string S<T>(T? x) where T : struct { return x.HasValue ? x.Value.ToString() : "null"; }

    static void Main()
    {
        int i = 5;
        int? ni = i;
        long? nl = ni;
        double? nd = ni;
        Console.WriteLine(S(nl) + " " + S(nd)); // expect: 5 5
        int? none = null;
        long? nlNone = none;
        Console.WriteLine(S(nlNone)); // expect: null
        long? big = 4294967297L;
        int? narrowed = (int?)big;
        Console.WriteLine(S(narrowed)); // expect: 1
        double? frac = 2.75;
        int? truncated = (int?)frac;
        Console.WriteLine(S(truncated)); // expect: 2
        int back = (int)ni;
        Console.WriteLine(back); // expect: 5
        long fromNullable = (long)ni;
        Console.WriteLine(fromNullable); // expect: 5
        byte? b = 200;
        int? widened = b;
        Console.WriteLine(S(widened + 100)); // expect: 300
        char? c = 'A';
        int? code = c;
        Console.WriteLine(S(code)); // expect: 65
        Mode? m = Mode.On;
        Console.WriteLine(S(m)); // expect: On
        int? mi = (int?)m;
        Console.WriteLine(S(mi)); // expect: 1
        Mode? fromInt = (Mode?)none;
        Console.WriteLine(S(fromInt)); // expect: null
        Console.WriteLine(m == Mode.On); // expect: True
        double? sum = ni + 0.5;
        Console.WriteLine(S(sum)); // expect: 5.5
    }
}
