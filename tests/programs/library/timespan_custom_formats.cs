// TimeSpan's custom formats (.NET Core 3.1): d to dddddddd, h, hh, m, mm, s, ss, f to fffffff
// and F to FFFFFFF out, quoted and escaped literals, '%' for a lone specifier, no sign, and
// FormatException for anything else; ParseExact and TryParseExact with "c", "g", "G" and
// custom formats, one or several.
// mono-differs: Mono's FormatException and OverflowException messages leave out the input string and the format specifier
using System;

class TimeSpanCustomFormats
{
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

    static void Exact(string input, string format)
    {
        try
        {
            Console.WriteLine(TimeSpan.ParseExact(input, format, null).ToString());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Exact(string input, string[] formats)
    {
        try
        {
            Console.WriteLine(TimeSpan.ParseExact(input, formats, null).ToString());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        var t = new TimeSpan(3, 4, 5, 6, 78);
        Format(t, @"d\.hh\:mm\:ss\.fffffff"); // expect: 3.04:05:06.0780000
        Format(t, @"dd\ hh\ mm\ ss"); // expect: 03 04 05 06
        Format(t, @"dddddddd\:h\:m\:s"); // expect: 00000003:4:5:6
        Format(t, "%d"); // expect: 3
        Format(t, "%h"); // expect: 4
        Format(t, "%m%s"); // expect: 56
        Format(t, @"f\ ff\ fff\ ffff"); // expect: 0 07 078 0780
        Format(t, "'['F']['FF']['FFF']['FFFF']['FFFFFFF']'"); // expect: [][07][078][078][078]
        Format(TimeSpan.FromSeconds(1), @"s\.FFF"); // expect: 1.
        Format(t, "d'd 'h'h 'm'm 's's'"); // expect: 3d 4h 5m 6s
        Format(t, "hh\"h\"mm"); // expect: 04h05
        Format(t, @"'it\'s 'h' o''clock'"); // expect: it's 4 oclock
        Format(-t, @"d\.hh\:mm"); // expect: 3.04:05
        Format(TimeSpan.MinValue, @"dddddddd\.hh\:mm\:ss\.fffffff"); // expect: 10675199.02:48:05.4775808

        // Every other character must be quoted or escaped; runs too long are errors.
        Format(t, "hh:mm"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "d"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "hhh"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "ddddddddd"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "ffffffff"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "%"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "%%"); // expect: FormatException: Input string was not in a correct format.
        Format(t, @"hh\"); // expect: FormatException: Input string was not in a correct format.
        Format(t, "hh'abc"); // expect: FormatException: Cannot find a matching quote character for the character '''.
        Format(t, "\"abc"); // expect: FormatException: Cannot find a matching quote character for the character '"'.
        Format(t, @"'abc\"); // expect: FormatException: Input string was not in a correct format.

        // ParseExact: "c" is strict, "g" and "G" take days before ':' only, "G" all five parts.
        Exact("1.02:03:04.5", "c"); // expect: 1.02:03:04.5000000
        Exact(" -1.02:03:04 ", "c"); // expect: -1.02:03:04
        Exact("1:02:03:04", "c"); // expect: FormatException: String '1:02:03:04' was not recognized as a valid TimeSpan.
        Exact("1:2:3:4.5", "g"); // expect: 1.02:03:04.5000000
        Exact("1.02:03:04", "g"); // expect: FormatException: String '1.02:03:04' was not recognized as a valid TimeSpan.
        Exact("1:02:03", "g"); // expect: 01:02:03
        Exact("-1:2:3:4.5", "G"); // expect: -1.02:03:04.5000000
        Exact("1:2:3", "G"); // expect: FormatException: String '1:2:3' was not recognized as a valid TimeSpan.
        Exact("1:2", "x"); // expect: FormatException: Format specifier 'x' was invalid.
        Exact("1:2", ""); // expect: FormatException: Format specifier '' was invalid.
        Exact(null, "c"); // expect: ArgumentNullException: Value cannot be null. (Parameter 'input')

        // Custom formats: "h" takes one or two digits, "hh" exactly two, "d" one to eight,
        // "f"s exactly as many, "F"s up to as many; the input must be used up.
        Exact("17:14", @"h\:mm"); // expect: 17:14:00
        Exact("7:4", @"h\:m"); // expect: 07:04:00
        Exact("7:4", @"hh\:mm"); // expect: FormatException: Input string was not in a correct format.
        Exact("12345678.1", @"d\.h"); // expect: OverflowException: The TimeSpan string '12345678.1' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Exact("17:14:48.153", @"h\:mm\:ss\.fff"); // expect: 17:14:48.1530000
        Exact("17:14:48.15", @"h\:mm\:ss\.fff"); // expect: FormatException: Input string was not in a correct format.
        Exact("17:14:48.15", @"h\:mm\:ss\.FFF"); // expect: 17:14:48.1500000
        Exact("17:14:48.", @"h\:mm\:ss\.FFF"); // expect: 17:14:48
        Exact("3 days", "%d' days'"); // expect: 3.00:00:00
        Exact("3 days", "%d' hours'"); // expect: FormatException: Input string was not in a correct format.
        Exact("123", "hh"); // expect: FormatException: String '123' was not recognized as a valid TimeSpan.
        Exact("99", "hh"); // expect: OverflowException: The TimeSpan string '99' could not be parsed because at least one of the numeric components is out of range or contains too many digits.
        Exact("1", "h'abc"); // expect: FormatException: Cannot find a matching quote character for the character '''.
        Exact("1:1", @"h\:h"); // expect: FormatException: Input string was not in a correct format.
        Exact("1", (string)null); // expect: ArgumentNullException: Value cannot be null. (Parameter 'format')

        // Several formats: the first that fits.
        Exact("1:2", new[] { "c", @"h\:m" }); // expect: 01:02:00
        Exact("14", new[] { "hh", "%d" }); // expect: 14:00:00
        Exact("x", new[] { "c", "g" }); // expect: FormatException: String 'x' was not recognized as a valid TimeSpan.
        Exact("1", new string[0]); // expect: FormatException: No format specifiers were provided.
        Exact("1", new[] { "%h", null }); // expect: 01:00:00
        Exact("1", new[] { "", "%h" }); // expect: FormatException: Format specifier '' was invalid.
        Exact("1", (string[])null); // expect: ArgumentNullException: String reference not set to an instance of a String. (Parameter 'formats')

        TimeSpan r;
        Console.WriteLine(TimeSpan.TryParseExact("05:30", @"hh\:mm", null, out r) + " " + r); // expect: True 05:30:00
        Console.WriteLine(TimeSpan.TryParseExact("5:30", @"hh\:mm", null, out r) + " " + r); // expect: False 00:00:00
        Console.WriteLine(TimeSpan.TryParseExact("5:30", "q", null, out r) + " " + TimeSpan.TryParseExact("5:30", (string)null, null, out r)); // expect: False False
        Console.WriteLine(TimeSpan.TryParseExact("2.5:30", new[] { "g", @"d\.h\:mm" }, null, out r) + " " + r); // expect: True 2.05:30:00
        Console.WriteLine(TimeSpan.TryParseExact("5", (string[])null, null, out r) + " " + TimeSpan.TryParseExact(null, new[] { "c" }, null, out r)); // expect: False False

        // What a custom format writes, the same format reads back.
        string format = @"d\.hh\:mm\:ss\.fffffff";
        var v = TimeSpan.ParseExact(t.ToString(format), format, null);
        Console.WriteLine((v == t) + " " + v.ToString("G")); // expect: True 3:04:05:06.0780000
    }
}
