// DateTime: the Gregorian calendar (leap years, month ends, day of week), arithmetic with
// TimeSpan, AddMonths clamping to the month's end, the invariant culture's standard formats
// and custom patterns; Now and UtcNow only in relation to each other.
using System;

class DateTimeCalendar
{
    static void Main()
    {
        var d = new DateTime(2024, 2, 29, 13, 5, 9, 250);
        Console.WriteLine(d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.Millisecond + " " + d.DayOfWeek + " " + d.DayOfYear); // expect: 2024 2 29 13 5 9 250 Thursday 60
        Console.WriteLine(d); // expect: 02/29/2024 13:05:09
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss.fff") + " | " + d.ToString("dddd, MMMM d, yyyy h:mm tt") + " | " + d.ToString("ddd dd MMM yy")); // expect: 2024-02-29 13:05:09.250 | Thursday, February 29, 2024 1:05 PM | Thu 29 Feb 24
        Console.WriteLine(d.ToString("d") + " | " + d.ToString("D") + " | " + d.ToString("s") + " | " + d.ToString("t") + " | " + d.ToString("M") + " | " + d.ToString("Y")); // expect: 02/29/2024 | Thursday, 29 February 2024 | 2024-02-29T13:05:09 | 13:05 | February 29 | 2024 February
        Console.WriteLine(d.ToString("o") + " | " + d.ToString("R") + " | " + d.ToString("u")); // expect: 2024-02-29T13:05:09.2500000 | Thu, 29 Feb 2024 13:05:09 GMT | 2024-02-29 13:05:09Z
        Console.WriteLine(d.ToString("'Day' d 'of' MMMM") + " " + d.ToString("HH\\h mm\\m") + " " + d.ToString("%d") + " " + d.ToString("ss.FFF") + " " + new DateTime(2024, 1, 1).ToString("HH:mm:ss.FFF")); // expect: Day 29 of February 13h 05m 29 09.25 00:00:00
        Console.WriteLine(d.AddYears(1).ToString("yyyy-MM-dd") + " " + d.AddMonths(-12).ToString("yyyy-MM-dd") + " " + new DateTime(2023, 1, 31).AddMonths(1).ToString("yyyy-MM-dd") + " " + new DateTime(2023, 3, 31).AddMonths(-13).ToString("yyyy-MM-dd")); // expect: 2025-02-28 2023-02-28 2023-02-28 2022-02-28
        var start = new DateTime(2000, 1, 1);
        Console.WriteLine((d - start).Ticks + " " + (d - start) + " " + start.AddDays(-1).ToString("yyyy-MM-dd") + " " + start.AddHours(36.5)); // expect: 7625271092500000 8825.13:05:09.2500000 1999-12-31 01/02/2000 12:30:00
        Console.WriteLine(DateTime.IsLeapYear(1900) + " " + DateTime.IsLeapYear(2000) + " " + DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(2024, 2)); // expect: False True 28 29
        Console.WriteLine(new DateTime(1, 1, 1).DayOfWeek + " " + new DateTime(1970, 1, 1).DayOfWeek + " " + new DateTime(9999, 12, 31).DayOfWeek + " " + DateTime.MaxValue.Ticks); // expect: Monday Thursday Friday 3155378975999999999
        Console.WriteLine((d > start) + " " + (d == new DateTime(d.Ticks)) + " " + d.CompareTo(start) + " " + d.Date.ToString("s") + " " + d.TimeOfDay); // expect: True True 1 2024-02-29T00:00:00 13:05:09.2500000
        var utc = new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(utc.Kind + " " + utc.ToString("o") + " " + utc.ToUniversalTime().Hour + " " + DateTime.SpecifyKind(utc, DateTimeKind.Unspecified).Kind); // expect: Utc 2024-06-01T12:00:00.0000000Z 12 Unspecified
        DateTime now = DateTime.Now;
        DateTime utcNow = DateTime.UtcNow;
        Console.WriteLine(now.Kind + " " + utcNow.Kind + " " + (Math.Abs((now.ToUniversalTime() - utcNow).TotalMinutes) < 1) + " " + (DateTime.Today == now.Date) + " " + (now.Year >= 2024)); // expect: Local Utc True True True
        try
        {
            new DateTime(2023, 2, 29);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message); // expect: Year, Month, and Day parameters describe an un-representable DateTime.
        }
        try
        {
            DateTime.MaxValue.AddDays(1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name); // expect: ArgumentOutOfRangeException
        }
    }
}
