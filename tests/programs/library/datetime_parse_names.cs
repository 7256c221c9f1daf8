// DateTime.Parse, TryParse and Convert.ToDateTime with the invariant culture's month and day names:
// full or abbreviated in any case, in the orders .NET reads, with times, AM/PM, two-digit years and
// zones (GMT makes an instant, so Kind Local), and a short number before a month alone read as the
// year ("1 March" is 2001-03-01); and the errors for impossible dates, a day name that is not the
// date's, and unknown words.
// mono-differs: Mono words the DateTime FormatExceptions differently
using System;

class DateTimeParseNames
{
    static string Show(string s)
    {
        try
        {
            DateTime d = DateTime.Parse(s);
            // A zoned time comes back as local time: shown in UTC, it does not depend on the machine.
            if (d.Kind == DateTimeKind.Local) return "Local, in UTC " + d.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF");
            return d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF") + " " + d.Kind;
        }
        catch (FormatException e)
        {
            return "FormatException: " + e.Message;
        }
    }

    static void Main()
    {
        string[] inputs =
        {
            "March 1, 2024", "1 March 2024", "Mar 1 2024", "01-Mar-2024", "1-mar-24", "Friday, March 1, 2024",
            "Fri, 01 Mar 2024 14:30:05 GMT", "March 2024", "2024 March 1", "Mar 1, 2024 2:30 PM", "1 Mar 2024 14:30",
            "SEPTEMBER 30, 1999 11:59:59.5 pm", "Dec 31 99", "5 Jan 30", "1 March", "1 2 March", "2:30 PM March 1 2024",
            "Thursday, 4 July 2024 12:00 AM", "Mar 1 2024 14:30 +05:30", "Sun, 06 Nov 1994 08:49:37 GMT", "1999-Dec-31",
            "Dec/31/1999", "2024-03-01 14:30:05 GMT", "Fri 2024-03-01T14:30:05.25", "March 1 2024 AD", "#Mar 1 2024#",
            "Monday, March 1, 2024", "Febtember 1 2024", "March 1st 2024", "March 32 2024", "29 Feb 2023", "March",
            "Mar 1 2024 25:00", "Mar 1 2024 14:30 +15:00", "Fri Fri Mar 1 2024",
        };
        foreach (string s in inputs) Console.WriteLine(s + " => " + Show(s));
        DateTime d;
        Console.WriteLine(DateTime.TryParse("31 Feb 2024", out d) + " " + d.Year + " " + DateTime.TryParse("Tue Mar 5 2024", out d) + " " + d.DayOfWeek);
        Console.WriteLine(Convert.ToDateTime("01-MAR-2024 2 PM").ToString("O"));
    }
}
// expect: March 1, 2024 => 2024-03-01 00:00:00 Unspecified
// expect: 1 March 2024 => 2024-03-01 00:00:00 Unspecified
// expect: Mar 1 2024 => 2024-03-01 00:00:00 Unspecified
// expect: 01-Mar-2024 => 2024-03-01 00:00:00 Unspecified
// expect: 1-mar-24 => 2024-03-01 00:00:00 Unspecified
// expect: Friday, March 1, 2024 => 2024-03-01 00:00:00 Unspecified
// expect: Fri, 01 Mar 2024 14:30:05 GMT => Local, in UTC 2024-03-01 14:30:05
// expect: March 2024 => 2024-03-01 00:00:00 Unspecified
// expect: 2024 March 1 => 2024-03-01 00:00:00 Unspecified
// expect: Mar 1, 2024 2:30 PM => 2024-03-01 14:30:00 Unspecified
// expect: 1 Mar 2024 14:30 => 2024-03-01 14:30:00 Unspecified
// expect: SEPTEMBER 30, 1999 11:59:59.5 pm => 1999-09-30 23:59:59.5 Unspecified
// expect: Dec 31 99 => 1999-12-31 00:00:00 Unspecified
// expect: 5 Jan 30 => 1930-01-05 00:00:00 Unspecified
// expect: 1 March => 2001-03-01 00:00:00 Unspecified
// expect: 1 2 March => 2002-03-01 00:00:00 Unspecified
// expect: 2:30 PM March 1 2024 => 2024-03-01 14:30:00 Unspecified
// expect: Thursday, 4 July 2024 12:00 AM => 2024-07-04 00:00:00 Unspecified
// expect: Mar 1 2024 14:30 +05:30 => Local, in UTC 2024-03-01 09:00:00
// expect: Sun, 06 Nov 1994 08:49:37 GMT => Local, in UTC 1994-11-06 08:49:37
// expect: 1999-Dec-31 => 1999-12-31 00:00:00 Unspecified
// expect: Dec/31/1999 => 1999-12-31 00:00:00 Unspecified
// expect: 2024-03-01 14:30:05 GMT => Local, in UTC 2024-03-01 14:30:05
// expect: Fri 2024-03-01T14:30:05.25 => 2024-03-01 14:30:05.25 Unspecified
// expect: March 1 2024 AD => 2024-03-01 00:00:00 Unspecified
// expect: #Mar 1 2024# => 2024-03-01 00:00:00 Unspecified
// expect: Monday, March 1, 2024 => FormatException: String 'Monday, March 1, 2024' was not recognized as a valid DateTime because the day of week was incorrect.
// expect: Febtember 1 2024 => FormatException: The string 'Febtember 1 2024' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.
// expect: March 1st 2024 => FormatException: The string 'March 1st 2024' was not recognized as a valid DateTime. There is an unknown word starting at index '7'.
// expect: March 32 2024 => FormatException: String 'March 32 2024' was not recognized as a valid DateTime.
// expect: 29 Feb 2023 => FormatException: String '29 Feb 2023' was not recognized as a valid DateTime.
// expect: March => FormatException: String 'March' was not recognized as a valid DateTime.
// expect: Mar 1 2024 25:00 => FormatException: The DateTime represented by the string 'Mar 1 2024 25:00' is not supported in calendar 'System.Globalization.GregorianCalendar'.
// expect: Mar 1 2024 14:30 +15:00 => FormatException: The time zone offset of string 'Mar 1 2024 14:30 +15:00' must be within plus or minus 14 hours.
// expect: Fri Fri Mar 1 2024 => FormatException: String 'Fri Fri Mar 1 2024' was not recognized as a valid DateTime.
// expect: False 1 True Tuesday
// expect: 2024-03-01T14:00:00.0000000
