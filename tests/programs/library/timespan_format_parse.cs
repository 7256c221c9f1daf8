// TimeSpan's standard formats and general parsing (.NET Core 3.1, invariant culture): "c"
// (also "t", "T", null and ""), "g" and "G" out; Parse and TryParse in, with whitespace, a
// sign, one to five numbers, fraction rounding, the range limits and the exception messages.
// mono-differs: Mono's messages leave out the input string and it does not round fractions of more than seven digits
using System;

class TimeSpanFormatParse
{
    static void Show(Func<TimeSpan> parse)
    {
        try
        {
            Console.WriteLine(parse().ToString());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Format(TimeSpan t, string format)
    {
        try
        {
            Console.WriteLine(t.ToString(format));
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        var t = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(t.ToString("c") + " " + t.ToString("t") + " " + t.ToString("T")); // expect: 1.02:03:04.5670000 1.02:03:04.5670000 1.02:03:04.5670000
        Console.WriteLine(t.ToString(null) + " " + t.ToString("") + " " + t.ToString("g", null)); // expect: 1.02:03:04.5670000 1.02:03:04.5670000 1:2:03:04.567
        Console.WriteLine(t.ToString("g") + " " + t.ToString("G")); // expect: 1:2:03:04.567 1:02:03:04.5670000
        Console.WriteLine(new TimeSpan(0, 9, 5, 0).ToString("g") + " " + new TimeSpan(0, 9, 5, 0).ToString("G")); // expect: 9:05:00 0:09:05:00.0000000
        Console.WriteLine(new TimeSpan(3, 12, 0, 0).ToString("g") + " " + new TimeSpan(3, 12, 0, 0).ToString("G")); // expect: 3:12:00:00 3:12:00:00.0000000
        Console.WriteLine(TimeSpan.FromTicks(1).ToString("g") + " " + TimeSpan.FromTicks(1).ToString("G")); // expect: 0:00:00.0000001 0:00:00:00.0000001
        Console.WriteLine(TimeSpan.FromMilliseconds(-1500).ToString("c") + " " + TimeSpan.FromMilliseconds(-1500).ToString("g") + " " + TimeSpan.FromMilliseconds(-1500).ToString("G")); // expect: -00:00:01.5000000 -0:00:01.5 -0:00:00:01.5000000
        Console.WriteLine(TimeSpan.MaxValue.ToString("g") + " " + TimeSpan.MinValue.ToString("G")); // expect: 10675199:2:48:05.4775807 -10675199:02:48:05.4775808
        Console.WriteLine(TimeSpan.Zero.ToString("g") + " " + TimeSpan.Zero.ToString("G")); // expect: 0:00:00 0:00:00:00.0000000
        Format(t, "x"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "C"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "gg"); // expect: FormatException: Input string was not in a correct format.

        // Parse: one number is days, two are h:m, three h:m:s or d.h:m, four h:m:s.f or d.h:m:s
        // (or d:h:m:s as "g" writes it), five everything.
        Show(() => TimeSpan.Parse("5")); // expect: 5.00:00:00
        Show(() => TimeSpan.Parse("02:03")); // expect: 02:03:00
        Show(() => TimeSpan.Parse("2:3:4")); // expect: 02:03:04
        Show(() => TimeSpan.Parse("6.12:30")); // expect: 6.12:30:00
        Show(() => TimeSpan.Parse("1:2:3.25")); // expect: 01:02:03.2500000
        Show(() => TimeSpan.Parse("1.02:03:04")); // expect: 1.02:03:04
        Show(() => TimeSpan.Parse("1:02:03:04")); // expect: 1.02:03:04
        Show(() => TimeSpan.Parse("1.02:03:04.5670000")); // expect: 1.02:03:04.5670000
        Show(() => TimeSpan.Parse("1:02:03:04.567")); // expect: 1.02:03:04.5670000
        Show(() => TimeSpan.Parse("  -1:00:00\t")); // expect: -01:00:00
        Show(() => TimeSpan.Parse("-0")); // expect: 00:00:00
        Show(() => TimeSpan.Parse("0012:0000005")); // expect: 12:05:00
        Show(() => TimeSpan.Parse("1:2:.5")); // expect: 01:02:00.5000000
        Show(() => TimeSpan.Parse("10675199.02:48:05.4775807")); // expect: 10675199.02:48:05.4775807
        Show(() => TimeSpan.Parse("-10675199.02:48:05.4775808")); // expect: -10675199.02:48:05.4775808

        // Fractions: up to seven digits are scaled, longer ones that start with a zero are
        // rounded, longer ones that do not are out of range.
        Show(() => TimeSpan.Parse("0:0:0.5")); // expect: 00:00:00.5000000
        Show(() => TimeSpan.Parse("0:0:0.0000001")); // expect: 00:00:00.0000001
        Show(() => TimeSpan.Parse("0:0:0.01234567")); // expect: 00:00:00.0123457
        Show(() => TimeSpan.Parse("0:0:0.00000005")); // expect: 00:00:00.0000001
        Show(() => TimeSpan.Parse("0:0:0.099999999")); // expect: 00:00:00.1000000
        Show(() => TimeSpan.Parse("0:0:0.12345678")); // expect: OverflowException: The TimeSpan string '0:0:0.12345678' could not be parsed because at least one of the numeric components is out of range or contains too many digits.

        // Out of range: OverflowException; not a TimeSpan at all: FormatException.
        Show(() => TimeSpan.Parse("24:00")); // expect: OverflowException: The TimeSpan string '24:00' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Show(() => TimeSpan.Parse("0:60")); // expect: OverflowException: The TimeSpan string '0:60' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Show(() => TimeSpan.Parse("10675200")); // expect: OverflowException: The TimeSpan string '10675200' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Show(() => TimeSpan.Parse("999999999")); // expect: OverflowException: The TimeSpan string '999999999' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Show(() => TimeSpan.Parse("10675199.02:48:05.4775808")); // expect: OverflowException: The TimeSpan string '10675199.02:48:05.4775808' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Show(() => TimeSpan.Parse("abc")); // expect: FormatException: String 'abc' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("")); // expect: FormatException: String '' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("1:2:3:4:5:6")); // expect: FormatException: String '1:2:3:4:5:6' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("1.2")); // expect: FormatException: String '1.2' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("1:2:")); // expect: FormatException: String '1:2:' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("- 1")); // expect: FormatException: String '- 1' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("+1")); // expect: FormatException: String '+1' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("1:02:03,5")); // expect: FormatException: String '1:02:03,5' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse("1.02:03:04.5.6")); // expect: FormatException: String '1.02:03:04.5.6' was not recognized as a valid TimeSpan.
        Show(() => TimeSpan.Parse(null)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'input')
        Show(() => TimeSpan.Parse("7:45", null)); // expect: 07:45:00

        TimeSpan r;
        Console.WriteLine(TimeSpan.TryParse("12:34:56.789", out r) + " " + r); // expect: True 12:34:56.7890000
        Console.WriteLine(TimeSpan.TryParse("12:34:56.789x", out r) + " " + r); // expect: False 00:00:00
        Console.WriteLine(TimeSpan.TryParse("25:00", out r) + " " + r); // expect: False 00:00:00
        Console.WriteLine(TimeSpan.TryParse(null, out r) + " " + r); // expect: False 00:00:00
        Console.WriteLine(TimeSpan.TryParse(" 3 ", null, out r) + " " + r); // expect: True 3.00:00:00

        // Every value formatted with "c", "g" and "G" parses back to itself.
        long[] samples = { 0, 1, -1, 9999999, 36000000000, 937845670000, -937845670000, long.MaxValue, long.MinValue, 12345678901234567 };
        int good = 0;
        foreach (long ticks in samples)
        {
            var v = new TimeSpan(ticks);
            if (TimeSpan.Parse(v.ToString()) == v && TimeSpan.Parse(v.ToString("g")) == v && TimeSpan.Parse(v.ToString("G")) == v) good++;
        }
        Console.WriteLine(good + " of " + samples.Length); // expect: 10 of 10
    }
}
