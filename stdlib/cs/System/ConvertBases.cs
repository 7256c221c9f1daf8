namespace System
{
    /// Convert's string-in-a-base conversions that Convert.cs does not have, over one parser
    /// with the rules of .NET's: bases 2, 8, 10 and 16 only; the whole string must be digits
    /// (no white space), after an optional sign and, in base 16, an optional "0x"; only base
    /// 10 may be negative. Bases other than 10 read the two's complement bits, so
    /// ToSByte("ff", 16) is -1, while a value wider than the target overflows.
    public static partial class Convert
    {
        // ParseInBase's flags.
        private const int BaseUnsigned = 1;
        private const int BaseSByte = 2;
        private const int BaseInt16 = 4;

        private static void CheckBase(int fromBase)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
        }

        public static sbyte ToSByte(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, BaseSByte, false);
            if (fromBase != 10 && r <= 255) return (sbyte)r;
            if (r < -128 || r > 127) Overflow("a signed byte");
            return (sbyte)r;
        }

        public static byte ToByte(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, BaseUnsigned, false);
            if (r < 0 || r > 255) Overflow("an unsigned byte");
            return (byte)r;
        }

        public static short ToInt16(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, BaseInt16, false);
            if (fromBase != 10 && r <= 65535) return (short)r;
            if (r < -32768 || r > 32767) Overflow("an Int16");
            return (short)r;
        }

        public static ushort ToUInt16(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, BaseUnsigned, false);
            if (r < 0 || r > 65535) Overflow("a UInt16");
            return (ushort)r;
        }

        public static uint ToUInt32(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            return (uint)(int)ParseInBase(value, fromBase, BaseUnsigned, false);
        }

        public static ulong ToUInt64(string value, int fromBase)
        {
            CheckBase(fromBase);
            if ((object)value == null) return 0;
            return (ulong)ParseInBase(value, fromBase, BaseUnsigned, true);
        }

        /// The digit c stands for in `radix`, or -1. Letters count as 10 to 35, so "1g" in
        /// base 16 stops at the 'g' and reports junk at the end.
        private static int DigitValue(char c, int radix)
        {
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
            else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
            else return -1;
            return d < radix ? d : -1;
        }

        /// The whole of `s` in `radix`, as a 32-bit result (`wide` false: an int, returned
        /// sign-extended) or a 64-bit one. Signed base 10 accepts up to the type's minimum;
        /// unsigned or other bases accept every bit pattern of the width. BaseSByte and
        /// BaseInt16 narrow that to 8 or 16 bits (before the sign is applied).
        private static long ParseInBase(string s, int radix, int flags, bool wide)
        {
            int length = s.Length;
            // .NET passes the message as the parameter name here.
            if (length == 0) throw new ArgumentOutOfRangeException("Index was out of range. Must be non-negative and less than the size of the collection.");
            bool isUnsigned = (flags & BaseUnsigned) != 0;
            int i = 0;
            bool negative = false;
            if (s[0] == '-')
            {
                if (radix != 10) throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
                if (isUnsigned) throw new OverflowException("The string was being parsed as an unsigned number and could not have a negative sign.");
                negative = true;
                i++;
            }
            else if (s[0] == '+')
            {
                i++;
            }
            if (radix == 16 && i + 1 < length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;

            int start = i;
            ulong result = 0;
            if (radix == 10 && !isUnsigned)
            {
                // Up to 2^31 (2^63): the magnitude of the minimum.
                ulong limit = wide ? 0x8000000000000000ul : 0x80000000ul;
                for (; i < length; i++)
                {
                    int d = DigitValue(s[i], radix);
                    if (d < 0) break;
                    if (result > limit / 10) Overflow(wide ? "an Int64" : "an Int32");
                    result = result * 10 + (ulong)d;
                }
                if (result > limit) Overflow(wide ? "an Int64" : "an Int32");
            }
            else
            {
                ulong max = wide ? 0xFFFFFFFFFFFFFFFFul : 0xFFFFFFFFul;
                ulong perDigit = max / (ulong)radix;
                for (; i < length; i++)
                {
                    int d = DigitValue(s[i], radix);
                    if (d < 0) break;
                    if (result > perDigit) Overflow(wide ? "a UInt64" : "a UInt32");
                    ulong next = result * (ulong)radix + (ulong)d;
                    if (next < result || next > max) Overflow(wide ? "a UInt64" : "a UInt32");
                    result = next;
                }
            }
            if (i == start) throw new FormatException("Could not find any recognizable digits.");
            if (i < length) throw new FormatException("Additional non-parsable characters are at the end of the string.");

            bool signedDecimal = radix == 10 && !isUnsigned;
            if (wide)
            {
                if (signedDecimal && !negative && result == 0x8000000000000000ul) Overflow("an Int64");
                long r64 = (long)result;
                return radix == 10 && negative ? -r64 : r64;
            }
            if ((flags & BaseSByte) != 0)
            {
                if (result > 0xFF) Overflow("a signed byte");
            }
            else if ((flags & BaseInt16) != 0)
            {
                if (result > 0xFFFF) Overflow("an Int16");
            }
            else if (signedDecimal && !negative && result == 0x80000000ul)
            {
                Overflow("an Int32");
            }
            int r32 = (int)(uint)result;
            return radix == 10 && negative ? -r32 : r32;
        }
    }
}
