// Convert with text: ToDateTime parsing the invariant culture's forms (ISO dates and times,
// month/day/year, AM/PM, a UTC or offset zone giving local time), the FormatExceptions of bad
// dates, the IFormatProvider overloads (a null provider; the library is invariant-only), and
// the public GetTypeCode of each base type.
// mono-differs: Mono words the DateTime FormatExceptions and parameter names differently
using System;

class ConvertStrings
{
    static string Try(Func<object> f)
    {
        try
        {
            object r = f();
            return r == null ? "null" : r.GetType().Name + " " + r;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    static string Show(DateTime t)
    {
        return t.ToString("yyyy-MM-dd HH:mm:ss.fffffff") + " " + t.Kind;
    }

    static void Main()
    {
        Console.WriteLine(Show(Convert.ToDateTime("2020-01-15")) + " | " + Show(Convert.ToDateTime(" 2020-1-5T07:08:09 ")) + " | " + Show(Convert.ToDateTime("2020/12/31 23:59:59.1234567"))); // expect: 2020-01-15 00:00:00.0000000 Unspecified | 2020-01-05 07:08:09.0000000 Unspecified | 2020-12-31 23:59:59.1234567 Unspecified
        Console.WriteLine(Show(Convert.ToDateTime("1/15/2020 3:04:05 PM")) + " | " + Show(Convert.ToDateTime("12/31/99 12:00 am")) + " | " + Show(Convert.ToDateTime("2-29-2024 12:30 PM"))); // expect: 2020-01-15 15:04:05.0000000 Unspecified | 1999-12-31 00:00:00.0000000 Unspecified | 2024-02-29 12:30:00.0000000 Unspecified
        DateTime z = Convert.ToDateTime("2020-06-01T10:30:00Z");
        DateTime o = Convert.ToDateTime("2020-06-01T10:30:00+02:00");
        Console.WriteLine(z.Kind + " " + Show(z.ToUniversalTime()) + " | " + o.Kind + " " + Show(o.ToUniversalTime()) + " | " + Show(Convert.ToDateTime("2020-06-01 10:30:00.5 -0130").ToUniversalTime())); // expect: Local 2020-06-01 10:30:00.0000000 Utc | Local 2020-06-01 08:30:00.0000000 Utc | 2020-06-01 12:00:00.5000000 Utc
        DateTime timeOnly = Convert.ToDateTime("13:45");
        Console.WriteLine((timeOnly.Date == DateTime.Today) + " " + timeOnly.TimeOfDay + " " + Convert.ToDateTime((string)null).Ticks + " " + Convert.ToDateTime(new DateTime(5)).Ticks); // expect: True 13:45:00 0 5
        Console.WriteLine(Try(() => Convert.ToDateTime("2020-02-30"))); // expect: FormatException: String '2020-02-30' was not recognized as a valid DateTime.
        Console.WriteLine(Try(() => Convert.ToDateTime("2020-13-01"))); // expect: FormatException: String '2020-13-01' was not recognized as a valid DateTime.
        Console.WriteLine(Try(() => Convert.ToDateTime("25:00"))); // expect: FormatException: The DateTime represented by the string '25:00' is not supported in calendar 'System.Globalization.GregorianCalendar'.
        Console.WriteLine(Try(() => Convert.ToDateTime(""))); // expect: FormatException: String '' was not recognized as a valid DateTime.
        Console.WriteLine(Try(() => Convert.ToDateTime("hello"))); // expect: FormatException: The string 'hello' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.
        Console.WriteLine(Try(() => Convert.ToDateTime("2020-01-15 nonsense"))); // expect: FormatException: The string '2020-01-15 nonsense' was not recognized as a valid DateTime. There is an unknown word starting at index '11'.
        Console.WriteLine(Try(() => Convert.ToDateTime(3))); // expect: InvalidCastException: Invalid cast from 'Int32' to 'DateTime'.
        Console.WriteLine(Try(() => Convert.ToDateTime(2.5m))); // expect: InvalidCastException: Invalid cast from 'Decimal' to 'DateTime'.
        Console.WriteLine(Try(() => Convert.ToDateTime('c'))); // expect: InvalidCastException: Invalid cast from 'Char' to 'DateTime'.
        Console.WriteLine(Try(() => Convert.ToChar(new DateTime(1)))); // expect: InvalidCastException: Invalid cast from 'DateTime' to 'Char'.
        IFormatProvider p = null;
        Console.WriteLine(Convert.ToInt32("12", p) + " " + Convert.ToByte("255", p) + " " + Convert.ToUInt64("7", p) + " " + Convert.ToDouble("1,000.25", p) + " " + Convert.ToSingle("-0.5", p) + " " + Convert.ToDecimal("3.10", p) + " " + Convert.ToBoolean("False", p) + " " + Convert.ToChar("z", p) + " " + Show(Convert.ToDateTime("2021-03-04", p))); // expect: 12 255 7 1000.25 -0.5 3.10 False z 2021-03-04 00:00:00.0000000 Unspecified
        Console.WriteLine(Convert.ToInt16((string)null, p) + " " + Convert.ToUInt32((string)null, p) + " " + Convert.ToBoolean((string)null, p) + " " + Convert.ToDateTime((string)null, p).Ticks + " " + Convert.ToInt64((object)null, p) + " " + Convert.ToSingle((object)"2.5", p) + " " + Convert.ToDecimal((object)7, p)); // expect: 0 0 False 0 0 2.5 7
        Console.WriteLine(Try(() => Convert.ToSByte((string)null, p))); // expect: ArgumentNullException: Value cannot be null. (Parameter 's')
        Console.WriteLine(Try(() => Convert.ToChar((string)null, p))); // expect: ArgumentNullException: Value cannot be null. (Parameter 'value')
        Console.WriteLine(Convert.ToString(true, p) + " " + Convert.ToString('q', p) + " " + Convert.ToString((sbyte)-1, p) + " " + Convert.ToString((byte)2, p) + " " + Convert.ToString((short)-3, p) + " " + Convert.ToString((ushort)4, p) + " " + Convert.ToString(-5, p) + " " + Convert.ToString(6u, p) + " " + Convert.ToString(-7L, p) + " " + Convert.ToString(8ul, p) + " " + Convert.ToString(0.1f, p) + " " + Convert.ToString(1e21, p) + " " + Convert.ToString(1.10m, p) + " " + Convert.ToString("s", p) + " " + Convert.ToString(new DateTime(2000, 2, 3), p) + " [" + Convert.ToString((object)null, p) + "]"); // expect: True q -1 2 -3 4 -5 6 -7 8 0.1 1E+21 1.10 s 02/03/2000 00:00:00 []
        Console.WriteLine(Convert.ToString(new DateTime(2001, 2, 3, 4, 5, 6)) + " " + (Convert.ToString((string)null, p) == null) + " " + Convert.ToString((object)new DateTime(2002, 3, 4))); // expect: 02/03/2001 04:05:06 True 03/04/2002 00:00:00
        Console.WriteLine(true.GetTypeCode() + " " + 'c'.GetTypeCode() + " " + ((sbyte)1).GetTypeCode() + " " + ((byte)1).GetTypeCode() + " " + ((short)1).GetTypeCode() + " " + ((ushort)1).GetTypeCode() + " " + 1.GetTypeCode() + " " + 1u.GetTypeCode() + " " + 1L.GetTypeCode() + " " + 1ul.GetTypeCode()); // expect: Boolean Char SByte Byte Int16 UInt16 Int32 UInt32 Int64 UInt64
        Console.WriteLine(1f.GetTypeCode() + " " + 1d.GetTypeCode() + " " + 1m.GetTypeCode() + " " + DateTime.MinValue.GetTypeCode() + " " + "".GetTypeCode()); // expect: Single Double Decimal DateTime String
    }
}
