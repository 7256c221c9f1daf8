// Unboxing to nullable types: (int?)null gives an empty nullable, (int?)boxedInt the value, a wrong type throws InvalidCastException; "as int?" returns null on mismatch.
using System;

class Program
{
    static string S(int? x) { return x.HasValue ? "value " + x.Value : "empty"; }

    static void Main()
    {
        object nul = null;
        object boxed = 42;
        object str = "text";
        object lng = 42L;
        int? a = (int?)nul;
        Console.WriteLine(S(a)); // expect: empty
        int? b = (int?)boxed;
        Console.WriteLine(S(b)); // expect: value 42
        Console.WriteLine(S(boxed as int?)); // expect: value 42
        Console.WriteLine(S(str as int?)); // expect: empty
        Console.WriteLine(S(nul as int?)); // expect: empty
        Console.WriteLine(S(lng as int?)); // expect: empty
        try
        {
            int? bad = (int?)str;
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException string"); } // expect: InvalidCastException string
        try
        {
            int? bad = (int?)lng;
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException long"); } // expect: InvalidCastException long
        try
        {
            int bad = (int)nul;
            Console.WriteLine("no exception");
        }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); } // expect: NullReferenceException
        object fromNullable = (int?)9;
        int plain = (int)fromNullable;
        Console.WriteLine(plain); // expect: 9
        object day = DayOfWeek.Friday;
        DayOfWeek? d = (DayOfWeek?)day;
        Console.WriteLine(d.Value); // expect: Friday
        object dbl = 0.5;
        double? dd = dbl as double?;
        Console.WriteLine(dd.HasValue + " " + dd); // expect: True 0.5
    }
}
