// mono-differs: Mono words the DateTime FormatExceptions and CultureNotFoundException differently
// System.Globalization with the invariant culture: CultureInfo, NumberFormatInfo and
// DateTimeFormatInfo, number parsing with NumberStyles (hex, thousands, parentheses,
// exponents), the IFormatProvider overloads, DateTime.ParseExact and TryParseExact, and
// CultureNotFoundException for a culture name that does not exist.
using System;
using System.Globalization;

class Globalization
{
    static void Main()
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        Console.WriteLine("[" + inv.Name + "] [" + inv + "] " + inv.EnglishName);
        Console.WriteLine(inv.GetFormat(typeof(NumberFormatInfo)) == inv.NumberFormat);
        Console.WriteLine(inv.GetFormat(typeof(DateTimeFormatInfo)) == inv.DateTimeFormat);
        Console.WriteLine(inv.GetFormat(typeof(string)) == null);
        NumberFormatInfo nfi = NumberFormatInfo.InvariantInfo;
        Console.WriteLine(nfi.NumberDecimalSeparator + nfi.NumberGroupSeparator + nfi.NegativeSign + nfi.PositiveSign + nfi.PercentSymbol + " " + nfi.NaNSymbol + " " + nfi.NegativeInfinitySymbol + " " + nfi.NumberDecimalDigits);
        DateTimeFormatInfo dfi = DateTimeFormatInfo.InvariantInfo;
        Console.WriteLine(dfi.MonthNames.Length + " " + dfi.MonthNames[0] + " " + dfi.AbbreviatedMonthNames[11] + " " + dfi.DayNames[6] + " " + dfi.AbbreviatedDayNames[1]);
        Console.WriteLine(dfi.GetMonthName(3) + " " + dfi.GetDayName(DayOfWeek.Friday) + " [" + dfi.GetMonthName(13) + "]");
        Console.WriteLine(CultureInfo.GetCultureInfo("").Name.Length);

        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("FFFFFFFF", NumberStyles.AllowHexSpecifier) + " " + long.Parse(" 7fffffffffffffff ", NumberStyles.HexNumber));
        Console.WriteLine(byte.Parse("Ff", NumberStyles.HexNumber) + " " + sbyte.Parse("80", NumberStyles.HexNumber) + " " + uint.Parse("DEADBEEF", NumberStyles.HexNumber));
        Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands) + " " + long.Parse(" (1,234) ", NumberStyles.Any) + " " + int.Parse("42-", NumberStyles.AllowTrailingSign));
        Console.WriteLine(int.Parse("1e3", NumberStyles.Float) + " " + int.Parse("12.00", NumberStyles.Number) + " " + short.Parse("-7", inv));
        Console.WriteLine(double.Parse("1,234.5", NumberStyles.Number, inv) + " " + double.Parse("-2.5e-3", NumberStyles.Float) + " " + double.Parse(" NaN ", NumberStyles.Float));
        Console.WriteLine(decimal.Parse("1.5E3", NumberStyles.Float) + " " + decimal.Parse("(12.50)", NumberStyles.Currency) + " " + float.Parse("0.25", inv));
        int n;
        Console.WriteLine(int.TryParse("1,000", NumberStyles.Integer, inv, out n) + " " + n);
        Console.WriteLine(int.TryParse("1,000", NumberStyles.Number, inv, out n) + " " + n);
        Console.WriteLine(int.TryParse("zz", NumberStyles.HexNumber, inv, out n) + " " + n);
        double d;
        Console.WriteLine(double.TryParse("3.5", NumberStyles.Integer, inv, out d) + " " + d);
        decimal m;
        Console.WriteLine(decimal.TryParse(" -0.125 ", NumberStyles.Number, inv, out m) + " " + m);
        try { int.Parse("12.5", NumberStyles.Float); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { int.Parse("1FFFFFFFF", NumberStyles.HexNumber); }
        catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { int.Parse("1,2", NumberStyles.Integer); }
        catch (FormatException e) { Console.WriteLine(e.Message); }
        try { int.Parse("1", NumberStyles.HexNumber | NumberStyles.AllowLeadingSign); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { double.Parse("1", NumberStyles.HexNumber); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }

        Console.WriteLine(1234.5.ToString(inv) + " " + (-5).ToString(nfi) + " " + 1.50m.ToString(inv) + " " + 255UL.ToString(inv) + " " + 0.5f.ToString(inv));
        Console.WriteLine(12345.678.ToString("N2", inv) + " " + 255.ToString("X4", inv));
        DateTime t = new DateTime(2024, 3, 1, 14, 30, 5);
        Console.WriteLine(t.ToString(inv) + " | " + t.ToString("yyyy-MM-dd", inv));

        Console.WriteLine(DateTime.ParseExact("2024-03-01", "yyyy-MM-dd", inv).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("01/02/24 3:04 PM", "MM/dd/yy h:mm tt", inv).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("12:30:05 am 1999-12-31", "hh:mm:ss tt yyyy-MM-dd", null).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("20240301T143005.123", "yyyyMMdd'T'HHmmss.fff", inv).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("Fri, 01 Mar 2024", "ddd, dd MMM yyyy", inv).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("March 1, 2024", "MMMM d, yyyy", inv).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("2024-03-01T14:30:05", "s", inv).ToString("o"));
        DateTime rt = DateTime.ParseExact("2024-03-01T14:30:05.1200000Z", "o", inv, DateTimeStyles.RoundtripKind);
        Console.WriteLine(rt.ToString("o") + " " + rt.Kind);
        Console.WriteLine(DateTime.ParseExact("2024-03-01T14:30:05.1200000", "o", inv).Kind);
        Console.WriteLine(DateTime.ParseExact("  2024-03-01  ", "yyyy-MM-dd", inv, DateTimeStyles.AllowWhiteSpaces).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("14", "HH", inv, DateTimeStyles.NoCurrentDateDefault).ToString("o"));
        Console.WriteLine(DateTime.ParseExact("2024/03/01", new[] { "yyyy-MM-dd", "yyyy/MM/dd" }, inv, DateTimeStyles.None).ToString("o"));
        DateTime parsed;
        Console.WriteLine(DateTime.TryParseExact("2024-03-01", "yyyy/MM/dd", inv, DateTimeStyles.None, out parsed) + " " + parsed.Ticks);
        Console.WriteLine(DateTime.TryParseExact("2024-03-01 09:15", "yyyy-MM-dd HH:mm", inv, DateTimeStyles.None, out parsed) + " " + parsed.ToString("o"));
        Console.WriteLine(DateTime.Parse("2024-03-01", inv).ToString("o"));
        string[] bad = { "2024-3-01", "2024-02-30", "2024-03-01x", "02024-03-01" };
        foreach (string s in bad)
        {
            try { DateTime.ParseExact(s, "yyyy-MM-dd", inv); }
            catch (FormatException e) { Console.WriteLine(e.Message); }
        }
        try { DateTime.ParseExact("2024-13-01", "yyyy-MM-dd", inv); }
        catch (FormatException e) { Console.WriteLine(e.Message); }
        try { DateTime.ParseExact("Sat, 01 Mar 2024", "ddd, dd MMM yyyy", inv); }
        catch (FormatException e) { Console.WriteLine(e.Message); }

        try { new CultureInfo("not a culture"); }
        catch (CultureNotFoundException e) { Console.WriteLine(e.Message.Replace(Environment.NewLine, " / ") + " [" + e.InvalidCultureName + "]"); }
    }
}

// expect: [] [] Invariant Language (Invariant Country)
// expect: True
// expect: True
// expect: True
// expect: .,-+% NaN -Infinity 2
// expect: 13 January Dec Saturday Mon
// expect: March Friday []
// expect: 0
// expect: 255 -1 9223372036854775807
// expect: 255 -128 3735928559
// expect: 1234567 -1234 -42
// expect: 1000 12 -7
// expect: 1234.5 -0.0025 NaN
// expect: 1500 -12.50 0.25
// expect: False 0
// expect: True 1000
// expect: False 0
// expect: False 0
// expect: True -0.125
// expect: Value was either too large or too small for an Int32.
// expect: Value was either too large or too small for an Int32.
// expect: Input string was not in a correct format.
// expect: With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.
// expect: The number style AllowHexSpecifier is not supported on floating point data types.
// expect: 1234.5 -5 1.50 255 0.5
// expect: 12,345.68 00FF
// expect: 03/01/2024 14:30:05 | 2024-03-01
// expect: 2024-03-01T00:00:00.0000000
// expect: 2024-01-02T15:04:00.0000000
// expect: 1999-12-31T00:30:05.0000000
// expect: 2024-03-01T14:30:05.1230000
// expect: 2024-03-01T00:00:00.0000000
// expect: 2024-03-01T00:00:00.0000000
// expect: 2024-03-01T14:30:05.0000000
// expect: 2024-03-01T14:30:05.1200000Z Utc
// expect: Unspecified
// expect: 2024-03-01T00:00:00.0000000
// expect: 0001-01-01T14:00:00.0000000
// expect: 2024-03-01T00:00:00.0000000
// expect: False 0
// expect: True 2024-03-01T09:15:00.0000000
// expect: 2024-03-01T00:00:00.0000000
// expect: String '2024-3-01' was not recognized as a valid DateTime.
// expect: The DateTime represented by the string '2024-02-30' is not supported in calendar 'System.Globalization.GregorianCalendar'.
// expect: String '2024-03-01x' was not recognized as a valid DateTime.
// expect: String '02024-03-01' was not recognized as a valid DateTime.
// expect: The DateTime represented by the string '2024-13-01' is not supported in calendar 'System.Globalization.GregorianCalendar'.
// expect: String 'Sat, 01 Mar 2024' was not recognized as a valid DateTime because the day of week was incorrect.
// expect: Culture is not supported. (Parameter 'name') / not a culture is an invalid culture identifier. [not a culture]
