namespace System
{
    /// Convert's conversions to bool, char, float, double, decimal, string and DateTime that
    /// Convert.cs and ConvertDecimal.cs do not have. .NET's matrix of allowed conversions holds:
    /// char converts only to and from the integer types (and string), so char to bool, float,
    /// double or decimal (and back) throws InvalidCastException, and DateTime converts to
    /// nothing but itself and string.
    public static partial class Convert
    {
        // ---- ToBoolean -----------------------------------------------------------------

        public static bool ToBoolean(bool value) { return value; }
        public static bool ToBoolean(sbyte value) { return value != 0; }
        public static bool ToBoolean(byte value) { return value != 0; }
        public static bool ToBoolean(short value) { return value != 0; }
        public static bool ToBoolean(ushort value) { return value != 0; }
        public static bool ToBoolean(uint value) { return value != 0; }
        public static bool ToBoolean(ulong value) { return value != 0; }
        public static bool ToBoolean(float value) { return value != 0; }
        public static bool ToBoolean(decimal value) { return value != 0; }
        public static bool ToBoolean(char value) { throw InvalidCast("Char", "Boolean"); }
        public static bool ToBoolean(DateTime value) { throw InvalidCast("DateTime", "Boolean"); }

        // ---- ToChar --------------------------------------------------------------------

        public static char ToChar(char value) { return value; }
        public static char ToChar(byte value) { return (char)value; }
        public static char ToChar(ushort value) { return (char)value; }

        public static char ToChar(sbyte value)
        {
            if (value < 0) Overflow("a character");
            return (char)value;
        }

        public static char ToChar(short value)
        {
            if (value < 0) Overflow("a character");
            return (char)value;
        }

        public static char ToChar(uint value)
        {
            if (value > 65535) Overflow("a character");
            return (char)value;
        }

        public static char ToChar(long value)
        {
            if (value < 0 || value > 65535) Overflow("a character");
            return (char)value;
        }

        public static char ToChar(ulong value)
        {
            if (value > 65535) Overflow("a character");
            return (char)value;
        }

        public static char ToChar(bool value) { throw InvalidCast("Boolean", "Char"); }
        public static char ToChar(float value) { throw InvalidCast("Single", "Char"); }
        public static char ToChar(double value) { throw InvalidCast("Double", "Char"); }
        public static char ToChar(decimal value) { throw InvalidCast("Decimal", "Char"); }
        public static char ToChar(DateTime value) { throw InvalidCast("DateTime", "Char"); }

        // ---- ToSingle ------------------------------------------------------------------

        public static float ToSingle(sbyte value) { return value; }
        public static float ToSingle(byte value) { return value; }
        public static float ToSingle(short value) { return value; }
        public static float ToSingle(ushort value) { return value; }
        public static float ToSingle(int value) { return value; }
        public static float ToSingle(uint value) { return value; }
        public static float ToSingle(long value) { return value; }
        public static float ToSingle(ulong value) { return value; }
        public static float ToSingle(float value) { return value; }
        public static float ToSingle(bool value) { return value ? 1 : 0; }
        public static float ToSingle(char value) { throw InvalidCast("Char", "Single"); }
        public static float ToSingle(DateTime value) { throw InvalidCast("DateTime", "Single"); }

        // ---- ToDouble ------------------------------------------------------------------

        public static double ToDouble(sbyte value) { return value; }
        public static double ToDouble(byte value) { return value; }
        public static double ToDouble(short value) { return value; }
        public static double ToDouble(ushort value) { return value; }
        public static double ToDouble(uint value) { return value; }
        public static double ToDouble(ulong value) { return value; }
        public static double ToDouble(char value) { throw InvalidCast("Char", "Double"); }
        public static double ToDouble(DateTime value) { throw InvalidCast("DateTime", "Double"); }

        // ---- ToDecimal -----------------------------------------------------------------

        public static decimal ToDecimal(char value) { throw InvalidCast("Char", "Decimal"); }
        public static decimal ToDecimal(DateTime value) { throw InvalidCast("DateTime", "Decimal"); }

        // ---- ToString ------------------------------------------------------------------

        public static string ToString(sbyte value) { return value.ToString(); }
        public static string ToString(byte value) { return value.ToString(); }
        public static string ToString(short value) { return value.ToString(); }
        public static string ToString(ushort value) { return value.ToString(); }
        public static string ToString(uint value) { return value.ToString(); }
        public static string ToString(ulong value) { return value.ToString(); }
        public static string ToString(DateTime value) { return value.ToString(); }

        // ---- ToDateTime ----------------------------------------------------------------

        public static DateTime ToDateTime(DateTime value) { return value; }

        /// Parsed with the invariant culture (see ParseDateTime); null is DateTime.MinValue.
        public static DateTime ToDateTime(string value)
        {
            if ((object)value == null) return new DateTime(0);
            return ParseDateTime(value);
        }

        public static DateTime ToDateTime(bool value) { throw InvalidCast("Boolean", "DateTime"); }
        public static DateTime ToDateTime(char value) { throw InvalidCast("Char", "DateTime"); }
        public static DateTime ToDateTime(sbyte value) { throw InvalidCast("SByte", "DateTime"); }
        public static DateTime ToDateTime(byte value) { throw InvalidCast("Byte", "DateTime"); }
        public static DateTime ToDateTime(short value) { throw InvalidCast("Int16", "DateTime"); }
        public static DateTime ToDateTime(ushort value) { throw InvalidCast("UInt16", "DateTime"); }
        public static DateTime ToDateTime(int value) { throw InvalidCast("Int32", "DateTime"); }
        public static DateTime ToDateTime(uint value) { throw InvalidCast("UInt32", "DateTime"); }
        public static DateTime ToDateTime(long value) { throw InvalidCast("Int64", "DateTime"); }
        public static DateTime ToDateTime(ulong value) { throw InvalidCast("UInt64", "DateTime"); }
        public static DateTime ToDateTime(float value) { throw InvalidCast("Single", "DateTime"); }
        public static DateTime ToDateTime(double value) { throw InvalidCast("Double", "DateTime"); }
        public static DateTime ToDateTime(decimal value) { throw InvalidCast("Decimal", "DateTime"); }
    }
}
