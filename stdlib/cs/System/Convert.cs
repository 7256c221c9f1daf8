namespace System
{
    /// Conversions between the base types, with .NET's rules: floating-point to integer
    /// rounds half to even and throws OverflowException out of range; strings parse with the
    /// invariant culture, and a null string converts to 0 / false.
    public static partial class Convert
    {
        private static void Overflow(string type)
        {
            ThrowHelper.Overflow("Value was either too large or too small for " + type + ".");
        }

        /// Rounds half to even; the caller has checked the range.
        private static long RoundToEven(double value)
        {
            long result = (long)value;
            double dif = value - result;
            if (dif > 0.5 || (dif == 0.5 && (result & 1) != 0)) result++;
            else if (dif < -0.5 || (dif == -0.5 && (result & 1) != 0)) result--;
            return result;
        }

        // ---- ToInt32 -------------------------------------------------------------------

        public static int ToInt32(string value)
        {
            if ((object)value == null) return 0;
            return int.Parse(value);
        }

        public static int ToInt32(double value)
        {
            if (value >= -2147483648.5 && value < 2147483647.5) return (int)RoundToEven(value);
            Overflow("an Int32");
            return 0;
        }

        public static int ToInt32(float value)
        {
            return ToInt32((double)value);
        }

        public static int ToInt32(long value)
        {
            if (value < int.MinValue || value > int.MaxValue) Overflow("an Int32");
            return (int)value;
        }

        public static int ToInt32(ulong value)
        {
            if (value > int.MaxValue) Overflow("an Int32");
            return (int)value;
        }

        public static int ToInt32(uint value)
        {
            if (value > int.MaxValue) Overflow("an Int32");
            return (int)value;
        }

        public static int ToInt32(int value)
        {
            return value;
        }

        public static int ToInt32(short value)
        {
            return value;
        }

        public static int ToInt32(byte value)
        {
            return value;
        }

        public static int ToInt32(bool value)
        {
            return value ? 1 : 0;
        }

        public static int ToInt32(char value)
        {
            return value;
        }

        /// Digits in base 2, 8, 10 or 16; bases 2/8/16 read the two's complement bits.
        public static int ToInt32(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            return (int)ParseInBase(value, fromBase, 0, false);
        }

        // ---- ToInt64 -------------------------------------------------------------------

        public static long ToInt64(string value)
        {
            if ((object)value == null) return 0;
            return long.Parse(value);
        }

        public static long ToInt64(double value)
        {
            if (value >= -9223372036854775808.0 && value < 9223372036854775808.0) return RoundToEven(value);
            // .NET's own wording here, not "…for an Int64.".
            ThrowHelper.Throw("System.OverflowException", "Arithmetic operation resulted in an overflow.");
            return 0;
        }

        public static long ToInt64(float value)
        {
            return ToInt64((double)value);
        }

        public static long ToInt64(int value)
        {
            return value;
        }

        public static long ToInt64(long value)
        {
            return value;
        }

        public static long ToInt64(uint value)
        {
            return value;
        }

        public static long ToInt64(ulong value)
        {
            if (value > long.MaxValue) Overflow("an Int64");
            return (long)value;
        }

        public static long ToInt64(bool value)
        {
            return value ? 1 : 0;
        }

        public static long ToInt64(char value)
        {
            return value;
        }

        public static long ToInt64(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            return ParseInBase(value, fromBase, 0, true);
        }

        // ---- smaller integers ----------------------------------------------------------

        public static short ToInt16(int value)
        {
            if (value < short.MinValue || value > short.MaxValue) Overflow("an Int16");
            return (short)value;
        }

        public static short ToInt16(string value)
        {
            if ((object)value == null) return 0;
            return short.Parse(value);
        }

        public static byte ToByte(int value)
        {
            if (value < 0 || value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(char value)
        {
            if (value > 255) Overflow("an unsigned byte");
            return (byte)value;
        }

        public static byte ToByte(string value)
        {
            if ((object)value == null) return 0;
            return byte.Parse(value);
        }

        public static uint ToUInt32(long value)
        {
            if (value < 0 || value > uint.MaxValue) Overflow("a UInt32");
            return (uint)value;
        }

        public static uint ToUInt32(string value)
        {
            if ((object)value == null) return 0;
            return uint.Parse(value);
        }

        public static ulong ToUInt64(string value)
        {
            if ((object)value == null) return 0;
            return ulong.Parse(value);
        }

        // ---- ToDouble ------------------------------------------------------------------

        public static double ToDouble(string value)
        {
            if ((object)value == null) return 0;
            return double.Parse(value);
        }

        public static double ToDouble(int value)
        {
            return value;
        }

        public static double ToDouble(long value)
        {
            return value;
        }

        public static double ToDouble(float value)
        {
            return value;
        }

        public static double ToDouble(double value)
        {
            return value;
        }

        public static double ToDouble(bool value)
        {
            return value ? 1 : 0;
        }

        public static float ToSingle(string value)
        {
            if ((object)value == null) return 0;
            return float.Parse(value);
        }

        public static float ToSingle(double value)
        {
            return (float)value;
        }

        // ---- ToBoolean, ToChar ---------------------------------------------------------

        public static bool ToBoolean(string value)
        {
            if ((object)value == null) return false;
            return bool.Parse(value);
        }

        public static bool ToBoolean(int value)
        {
            return value != 0;
        }

        public static bool ToBoolean(long value)
        {
            return value != 0;
        }

        public static bool ToBoolean(double value)
        {
            return value != 0;
        }

        public static char ToChar(int value)
        {
            if (value < 0 || value > 65535) Overflow("a character");
            return (char)value;
        }

        public static char ToChar(string value)
        {
            if ((object)value == null) ThrowHelper.ArgumentNull("value");
            if (value.Length != 1) ThrowHelper.Throw("System.FormatException", "String must be exactly one character long.");
            return value[0];
        }

        // ---- ToString ------------------------------------------------------------------

        public static string ToString(int value)
        {
            return value.ToString();
        }

        public static string ToString(long value)
        {
            return value.ToString();
        }

        public static string ToString(double value)
        {
            return value.ToString();
        }

        public static string ToString(float value)
        {
            return value.ToString();
        }

        public static string ToString(bool value)
        {
            return value.ToString();
        }

        public static string ToString(char value)
        {
            return value.ToString();
        }

        public static string ToString(string value)
        {
            return value;
        }

        public static string ToString(object value)
        {
            return ToString(value, null);
        }

        /// Base 10 is signed decimal; bases 2, 8 and 16 print the 32-bit two's complement
        /// pattern without leading zeros (lower-case hex).
        public static string ToString(int value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBase((long)(uint)value, toBase);
        }

        public static string ToString(long value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBase(value, toBase);
        }

        public static string ToString(short value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBase((long)(ushort)value, toBase);
        }

        public static string ToString(byte value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBase((long)value, toBase);
        }

        private static int BitsPerDigit(int toBase)
        {
            if (toBase == 2) return 1;
            if (toBase == 8) return 3;
            if (toBase == 16) return 4;
            ThrowHelper.Throw("System.ArgumentException", "Invalid Base.");
            return 0;
        }

        /// The bits of `value` (treated as unsigned 64-bit) in base 2, 8 or 16.
        private static string ToBase(long value, int toBase)
        {
            int bits = BitsPerDigit(toBase);
            long mask = toBase - 1;
            char[] digits = new char[64];
            int n = 64;
            ulong v = (ulong)value;
            do
            {
                int d = (int)((long)v & mask);
                n--;
                digits[n] = d < 10 ? (char)('0' + d) : (char)('a' + d - 10);
                v = v >> bits;
            } while (v != 0);
            return new string(digits, n, 64 - n);
        }
    }
}
