namespace System
{
    /// Convert's conversions to the integer types that Convert.cs does not have. An integer
    /// out of the target's range throws OverflowException naming the target; a double or float
    /// rounds half to even, and to the types narrower than int it goes through ToInt32 first,
    /// so a value beyond int's range reports "an Int32", as .NET's does. A decimal rounds half
    /// to even and overflows as decimal's own conversion. Strings parse as the target's Parse
    /// (null is 0). bool is 1 or 0; a DateTime never converts to a number.
    public static partial class Convert
    {
        // ---- ToSByte -------------------------------------------------------------------

        public static sbyte ToSByte(bool value) { return value ? (sbyte)1 : (sbyte)0; }
        public static sbyte ToSByte(sbyte value) { return value; }

        public static sbyte ToSByte(char value)
        {
            if (value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(byte value)
        {
            if (value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(short value)
        {
            if (value < -128 || value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(ushort value)
        {
            if (value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(int value)
        {
            if (value < -128 || value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(uint value)
        {
            if (value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(long value)
        {
            if (value < -128 || value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(ulong value)
        {
            if (value > 127) Overflow("a signed byte");
            return (sbyte)value;
        }

        public static sbyte ToSByte(float value) { return ToSByte((double)value); }
        public static sbyte ToSByte(double value) { return ToSByte(ToInt32(value)); }
        public static sbyte ToSByte(decimal value) { return decimal.ToSByte(decimal.Round(value, 0)); }

        public static sbyte ToSByte(string value)
        {
            if ((object)value == null) return 0;
            return sbyte.Parse(value);
        }

        public static sbyte ToSByte(DateTime value) { throw InvalidCast("DateTime", "SByte"); }

        // ---- ToByte --------------------------------------------------------------------

        public static byte ToByte(bool value) { return value ? (byte)1 : (byte)0; }
        public static byte ToByte(byte value) { return value; }

        public static byte ToByte(sbyte value)
        {
            if (value < 0) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(short value)
        {
            if (value < 0 || value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(ushort value)
        {
            if (value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(uint value)
        {
            if (value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(long value)
        {
            if (value < 0 || value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(ulong value)
        {
            if (value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(float value) { return ToByte((double)value); }
        public static byte ToByte(double value) { return ToByte(ToInt32(value)); }
        public static byte ToByte(decimal value) { return decimal.ToByte(decimal.Round(value, 0)); }
        public static byte ToByte(DateTime value) { throw InvalidCast("DateTime", "Byte"); }

        // ---- ToInt16 -------------------------------------------------------------------

        public static short ToInt16(bool value) { return value ? (short)1 : (short)0; }
        public static short ToInt16(sbyte value) { return value; }
        public static short ToInt16(byte value) { return value; }
        public static short ToInt16(short value) { return value; }

        public static short ToInt16(char value)
        {
            if (value > 32767) Overflow("an Int16");
            return (short)value;
        }

        public static short ToInt16(ushort value)
        {
            if (value > 32767) Overflow("an Int16");
            return (short)value;
        }

        public static short ToInt16(uint value)
        {
            if (value > 32767) Overflow("an Int16");
            return (short)value;
        }

        public static short ToInt16(long value)
        {
            if (value < -32768 || value > 32767) Overflow("an Int16");
            return (short)value;
        }

        public static short ToInt16(ulong value)
        {
            if (value > 32767) Overflow("an Int16");
            return (short)value;
        }

        public static short ToInt16(float value) { return ToInt16((double)value); }
        public static short ToInt16(double value) { return ToInt16(ToInt32(value)); }
        public static short ToInt16(decimal value) { return decimal.ToInt16(decimal.Round(value, 0)); }
        public static short ToInt16(DateTime value) { throw InvalidCast("DateTime", "Int16"); }

        // ---- ToUInt16 ------------------------------------------------------------------

        public static ushort ToUInt16(bool value) { return value ? (ushort)1 : (ushort)0; }
        public static ushort ToUInt16(char value) { return value; }
        public static ushort ToUInt16(byte value) { return value; }
        public static ushort ToUInt16(ushort value) { return value; }

        public static ushort ToUInt16(sbyte value)
        {
            if (value < 0) Overflow("a UInt16");
            return (ushort)value;
        }

        public static ushort ToUInt16(short value)
        {
            if (value < 0) Overflow("a UInt16");
            return (ushort)value;
        }

        public static ushort ToUInt16(int value)
        {
            if (value < 0 || value > 65535) Overflow("a UInt16");
            return (ushort)value;
        }

        public static ushort ToUInt16(uint value)
        {
            if (value > 65535) Overflow("a UInt16");
            return (ushort)value;
        }

        public static ushort ToUInt16(long value)
        {
            if (value < 0 || value > 65535) Overflow("a UInt16");
            return (ushort)value;
        }

        public static ushort ToUInt16(ulong value)
        {
            if (value > 65535) Overflow("a UInt16");
            return (ushort)value;
        }

        public static ushort ToUInt16(float value) { return ToUInt16((double)value); }
        public static ushort ToUInt16(double value) { return ToUInt16(ToInt32(value)); }
        public static ushort ToUInt16(decimal value) { return decimal.ToUInt16(decimal.Round(value, 0)); }

        public static ushort ToUInt16(string value)
        {
            if ((object)value == null) return 0;
            return ushort.Parse(value);
        }

        public static ushort ToUInt16(DateTime value) { throw InvalidCast("DateTime", "UInt16"); }

        // ---- ToInt32 -------------------------------------------------------------------

        public static int ToInt32(sbyte value) { return value; }
        public static int ToInt32(ushort value) { return value; }
        public static int ToInt32(DateTime value) { throw InvalidCast("DateTime", "Int32"); }

        // ---- ToUInt32 ------------------------------------------------------------------

        public static uint ToUInt32(bool value) { return value ? 1u : 0u; }
        public static uint ToUInt32(char value) { return value; }
        public static uint ToUInt32(byte value) { return value; }
        public static uint ToUInt32(ushort value) { return value; }
        public static uint ToUInt32(uint value) { return value; }

        public static uint ToUInt32(sbyte value)
        {
            if (value < 0) Overflow("a UInt32");
            return (uint)value;
        }

        public static uint ToUInt32(short value)
        {
            if (value < 0) Overflow("a UInt32");
            return (uint)value;
        }

        public static uint ToUInt32(int value)
        {
            if (value < 0) Overflow("a UInt32");
            return (uint)value;
        }

        public static uint ToUInt32(ulong value)
        {
            if (value > uint.MaxValue) Overflow("a UInt32");
            return (uint)value;
        }

        public static uint ToUInt32(float value) { return ToUInt32((double)value); }

        /// Half to even over [-0.5, 4294967295.5): -0.5 is 0.
        public static uint ToUInt32(double value)
        {
            if (value >= -0.5 && value < 4294967295.5) return (uint)RoundToEven(value);
            Overflow("a UInt32");
            return 0;
        }

        public static uint ToUInt32(decimal value) { return decimal.ToUInt32(decimal.Round(value, 0)); }
        public static uint ToUInt32(DateTime value) { throw InvalidCast("DateTime", "UInt32"); }

        // ---- ToInt64 -------------------------------------------------------------------

        public static long ToInt64(sbyte value) { return value; }
        public static long ToInt64(byte value) { return value; }
        public static long ToInt64(short value) { return value; }
        public static long ToInt64(ushort value) { return value; }
        public static long ToInt64(DateTime value) { throw InvalidCast("DateTime", "Int64"); }

        // ---- ToUInt64 ------------------------------------------------------------------

        public static ulong ToUInt64(bool value) { return value ? 1ul : 0ul; }
        public static ulong ToUInt64(char value) { return value; }
        public static ulong ToUInt64(byte value) { return value; }
        public static ulong ToUInt64(ushort value) { return value; }
        public static ulong ToUInt64(uint value) { return value; }
        public static ulong ToUInt64(ulong value) { return value; }

        public static ulong ToUInt64(sbyte value)
        {
            if (value < 0) Overflow("a UInt64");
            return (ulong)value;
        }

        public static ulong ToUInt64(short value)
        {
            if (value < 0) Overflow("a UInt64");
            return (ulong)value;
        }

        public static ulong ToUInt64(int value)
        {
            if (value < 0) Overflow("a UInt64");
            return (ulong)value;
        }

        public static ulong ToUInt64(long value)
        {
            if (value < 0) Overflow("a UInt64");
            return (ulong)value;
        }

        public static ulong ToUInt64(float value) { return ToUInt64((double)value); }

        /// .NET rounds half to even and then converts with overflow checking, so this one
        /// overflows with the generic arithmetic message rather than naming UInt64.
        public static ulong ToUInt64(double value)
        {
            double rounded = Math.Round(value);
            if (!(rounded > -1.0 && rounded < 18446744073709551616.0)) throw new OverflowException();
            if (rounded < 9223372036854775808.0) return (ulong)(long)rounded;
            return (ulong)(long)(rounded - 9223372036854775808.0) + 9223372036854775808ul;
        }

        public static ulong ToUInt64(decimal value) { return decimal.ToUInt64(decimal.Round(value, 0)); }
        public static ulong ToUInt64(DateTime value) { throw InvalidCast("DateTime", "UInt64"); }
    }
}
