// Convert among the numeric types: floating point to an integer rounds half to even and
// overflows with .NET's messages (a double beyond int's range names Int32 even for the
// narrower types; UInt64 and Int64 report the generic overflow); decimal rounds the same way;
// strings parse with the invariant culture and a null string is 0; strings in bases 2, 8, 10
// and 16 read two's complement bits, and ToString(x, base) writes them.
// mono-differs: Mono prints double and float with 15 and 7 digits, not the shortest round trip, and words several messages differently
using System;

class ConvertNumbers
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

    static void Main()
    {
        Console.WriteLine(Convert.ToInt32(0.5) + " " + Convert.ToInt32(1.5) + " " + Convert.ToInt32(-1.5) + " " + Convert.ToInt32(2.5f) + " " + Convert.ToInt64(-3.5) + " " + Convert.ToUInt32(-0.5) + " " + Convert.ToUInt64(4.5)); // expect: 0 2 -2 2 -4 0 4
        Console.WriteLine(Convert.ToSByte(-128.5) + " " + Convert.ToByte(254.5) + " " + Convert.ToInt16(-32768.4) + " " + Convert.ToUInt16(65534.5f) + " " + Convert.ToUInt32(4294967294.5) + " " + Convert.ToUInt64(18446744073709549568.0)); // expect: -128 254 -32768 65534 4294967294 18446744073709549568
        Console.WriteLine(Convert.ToSByte(2.5m) + " " + Convert.ToByte(3.5m) + " " + Convert.ToInt16(-4.5m) + " " + Convert.ToUInt16(5.5m) + " " + Convert.ToUInt32(6.5m) + " " + Convert.ToUInt64(7.5m) + " " + Convert.ToInt64(-0.5m)); // expect: 2 4 -4 6 6 8 0
        Console.WriteLine(Try(() => Convert.ToSByte(127.5))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ToSByte(3e9))); // expect: OverflowException: Value was either too large or too small for an Int32.
        Console.WriteLine(Try(() => Convert.ToByte(-0.51))); // expect: OverflowException: Value was either too large or too small for an unsigned byte.
        Console.WriteLine(Try(() => Convert.ToInt16(40000.0f))); // expect: OverflowException: Value was either too large or too small for an Int16.
        Console.WriteLine(Try(() => Convert.ToUInt16(-1.0))); // expect: OverflowException: Value was either too large or too small for a UInt16.
        Console.WriteLine(Try(() => Convert.ToInt32(2147483647.5))); // expect: OverflowException: Value was either too large or too small for an Int32.
        Console.WriteLine(Try(() => Convert.ToUInt32(4294967295.5))); // expect: OverflowException: Value was either too large or too small for a UInt32.
        Console.WriteLine(Try(() => Convert.ToUInt32(double.NaN))); // expect: OverflowException: Value was either too large or too small for a UInt32.
        Console.WriteLine(Try(() => Convert.ToUInt64(-0.6))); // expect: OverflowException: Arithmetic operation resulted in an overflow.
        Console.WriteLine(Try(() => Convert.ToUInt64(1e20))); // expect: OverflowException: Arithmetic operation resulted in an overflow.
        Console.WriteLine(Try(() => Convert.ToSByte(128.5m))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ToUInt64(-1m))); // expect: OverflowException: Value was either too large or too small for a UInt64.
        Console.WriteLine(Convert.ToSByte((short)-128) + " " + Convert.ToByte((ulong)255) + " " + Convert.ToInt16('A') + " " + Convert.ToUInt16((sbyte)5) + " " + Convert.ToUInt32(3000000000L) + " " + Convert.ToInt64(ulong.MaxValue / 2) + " " + Convert.ToUInt64(int.MaxValue)); // expect: -128 255 65 5 3000000000 9223372036854775807 2147483647
        Console.WriteLine(Try(() => Convert.ToSByte((byte)200))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ToByte((sbyte)-1))); // expect: OverflowException: Value was either too large or too small for an unsigned byte.
        Console.WriteLine(Try(() => Convert.ToInt16((ushort)40000))); // expect: OverflowException: Value was either too large or too small for an Int16.
        Console.WriteLine(Try(() => Convert.ToUInt16(-1))); // expect: OverflowException: Value was either too large or too small for a UInt16.
        Console.WriteLine(Try(() => Convert.ToUInt32((short)-1))); // expect: OverflowException: Value was either too large or too small for a UInt32.
        Console.WriteLine(Try(() => Convert.ToUInt64(-1L))); // expect: OverflowException: Value was either too large or too small for a UInt64.
        Console.WriteLine(Try(() => Convert.ToInt64(ulong.MaxValue))); // expect: OverflowException: Value was either too large or too small for an Int64.
        Console.WriteLine(Try(() => Convert.ToChar(-1)) + " | " + Try(() => Convert.ToChar(65536u)) + " | " + Convert.ToChar((byte)66) + Convert.ToChar((ushort)67) + Convert.ToChar(68L)); // expect: OverflowException: Value was either too large or too small for a character. | OverflowException: Value was either too large or too small for a character. | BCD
        Console.WriteLine(Convert.ToBoolean((sbyte)-1) + " " + Convert.ToBoolean(0u) + " " + Convert.ToBoolean(0.0f) + " " + Convert.ToBoolean(-0.0) + " " + Convert.ToBoolean(0.1m) + " " + Convert.ToBoolean(double.NaN)); // expect: True False False False True True
        Console.WriteLine(Convert.ToDouble(ulong.MaxValue) + " " + Convert.ToSingle(ulong.MaxValue) + " " + Convert.ToSingle(16777217) + " " + Convert.ToDouble((sbyte)-5) + " " + Convert.ToSingle(true) + " " + Convert.ToDecimal(1e-5f) + " " + Convert.ToDecimal(0.1) + " " + Convert.ToDouble(0.1f)); // expect: 1.8446744073709552E+19 1.8446744E+19 16777216 -5 1 0.000010 0.1 0.10000000149011612
        Console.WriteLine(Convert.ToSByte("-12") + " " + Convert.ToByte(" 250 ") + " " + Convert.ToInt16("+300") + " " + Convert.ToUInt16("65535") + " " + Convert.ToUInt32("4294967295") + " " + Convert.ToUInt64("18446744073709551615") + " " + Convert.ToSingle("1.5e3") + " " + Convert.ToDouble("-1,234.5") + " " + Convert.ToDecimal("1,234.50")); // expect: -12 250 300 65535 4294967295 18446744073709551615 1500 -1234.5 1234.50
        string none = null;
        Console.WriteLine(Convert.ToSByte(none) + " " + Convert.ToUInt16(none) + " " + Convert.ToUInt64(none) + " " + Convert.ToSingle(none) + " " + Convert.ToDecimal(none) + " " + Convert.ToBoolean(none) + " " + Convert.ToInt32(none, 16) + " " + Convert.ToByte(none, 2)); // expect: 0 0 0 0 0 False 0 0
        Console.WriteLine(Try(() => Convert.ToSByte("128"))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ToUInt16("-1"))); // expect: OverflowException: Value was either too large or too small for a UInt16.
        Console.WriteLine(Try(() => Convert.ToUInt32("1.5"))); // expect: FormatException: Input string was not in a correct format.
        Console.WriteLine(Try(() => Convert.ToBoolean("yes"))); // expect: FormatException: String 'yes' was not recognized as a valid Boolean.
        Console.WriteLine(Try(() => Convert.ToChar("ab"))); // expect: FormatException: String must be exactly one character long.
        Console.WriteLine(Convert.ToSByte("ff", 16) + " " + Convert.ToSByte("-128", 10) + " " + Convert.ToByte("11111111", 2) + " " + Convert.ToInt16("8000", 16) + " " + Convert.ToInt16("177777", 8) + " " + Convert.ToUInt16("0xFFFF", 16) + " " + Convert.ToUInt32("37777777777", 8) + " " + Convert.ToUInt64("FFFFFFFFFFFFFFFF", 16) + " " + Convert.ToUInt64("+10", 2)); // expect: -1 -128 255 -32768 -1 65535 4294967295 18446744073709551615 2
        Console.WriteLine(Try(() => Convert.ToSByte("100", 16))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ToSByte("-129", 10))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ToByte("100", 16))); // expect: OverflowException: Value was either too large or too small for an unsigned byte.
        Console.WriteLine(Try(() => Convert.ToByte("-1", 10))); // expect: OverflowException: The string was being parsed as an unsigned number and could not have a negative sign.
        Console.WriteLine(Try(() => Convert.ToInt16("10000", 16))); // expect: OverflowException: Value was either too large or too small for an Int16.
        Console.WriteLine(Try(() => Convert.ToUInt16("10000", 16))); // expect: OverflowException: Value was either too large or too small for a UInt16.
        Console.WriteLine(Try(() => Convert.ToUInt32("100000000", 16))); // expect: OverflowException: Value was either too large or too small for a UInt32.
        Console.WriteLine(Try(() => Convert.ToUInt64("18446744073709551616", 10))); // expect: OverflowException: Value was either too large or too small for a UInt64.
        Console.WriteLine(Try(() => Convert.ToUInt32("-1", 16))); // expect: ArgumentException: String cannot contain a minus sign if the base is not 10.
        Console.WriteLine(Try(() => Convert.ToUInt16("0x", 16))); // expect: FormatException: Could not find any recognizable digits.
        Console.WriteLine(Try(() => Convert.ToByte("12 ", 10))); // expect: FormatException: Additional non-parsable characters are at the end of the string.
        Console.WriteLine(Try(() => Convert.ToByte("19", 8))); // expect: FormatException: Additional non-parsable characters are at the end of the string.
        Console.WriteLine(Try(() => Convert.ToUInt16("1", 3))); // expect: ArgumentException: Invalid Base.
        Console.WriteLine(Try(() => Convert.ToUInt32("", 16))); // expect: ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'Index was out of range. Must be non-negative and less than the size of the collection.')
        Console.WriteLine(Convert.ToString((sbyte)-5) + " " + Convert.ToString((byte)5) + " " + Convert.ToString((short)-6) + " " + Convert.ToString((ushort)6) + " " + Convert.ToString(7u) + " " + Convert.ToString(ulong.MaxValue) + " " + Convert.ToString(-1.5f) + " " + Convert.ToString(2.50m)); // expect: -5 5 -6 6 7 18446744073709551615 -1.5 2.50
        Console.WriteLine(Convert.ToString((byte)255, 2) + " " + Convert.ToString((short)-2, 16) + " " + Convert.ToString(-8, 8) + " " + Convert.ToString(long.MinValue, 16) + " " + Convert.ToString((short)-5, 10)); // expect: 11111111 fffe 37777777770 8000000000000000 -5
    }
}
