// mono-differs: Mono words DateTime and ArgumentNullException messages differently
// DateTime.Parse and TryParse with the invariant culture's numeric forms: ISO dates and
// times, month/day/year, 12-hour clocks and fractions of a second.
using System;

class DateTimeParse
{
    static void Main()
    {
        Console.WriteLine(DateTime.Parse("2024-03-01").ToString("yyyy-MM-dd HH:mm:ss")); // expect: 2024-03-01 00:00:00
        Console.WriteLine(DateTime.Parse("2024-03-01T14:30:05").ToString("yyyy-MM-dd HH:mm:ss")); // expect: 2024-03-01 14:30:05
        Console.WriteLine(DateTime.Parse("3/1/2024 2:30:05 PM").ToString("yyyy-MM-dd HH:mm:ss")); // expect: 2024-03-01 14:30:05
        Console.WriteLine(DateTime.Parse("  12/31/1999 23:59  ").ToString("O")); // expect: 1999-12-31T23:59:00.0000000
        Console.WriteLine(DateTime.Parse("2024-02-29 08:15:30.125").Millisecond); // expect: 125
        Console.WriteLine(DateTime.Parse("2024/7/4").DayOfWeek); // expect: Thursday
        DateTime d;
        Console.WriteLine(DateTime.TryParse("2023-02-29", out d) + " " + d.Year); // expect: False 1
        Console.WriteLine(DateTime.TryParse("2023-02-28", out d) + " " + d.Day); // expect: True 28
        Console.WriteLine(DateTime.TryParse(null, out d)); // expect: False
        try { DateTime.Parse("yesterday"); }
        catch (FormatException e) { Console.WriteLine(e.Message); } // expect: The string 'yesterday' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.
        try { DateTime.Parse("2023-13-01"); }
        catch (FormatException e) { Console.WriteLine(e.Message); } // expect: String '2023-13-01' was not recognized as a valid DateTime.
        try { DateTime.Parse(null); }
        catch (ArgumentNullException e) { Console.WriteLine(e.Message); } // expect: Value cannot be null. (Parameter 's')
    }
}
