using System.Globalization;

namespace System
{
    // The IFormatProvider and NumberStyles overloads of the number types. The library formats
    // and parses as the invariant culture, so every provider is ignored; the styles go through
    // NumberStyleParser, which throws ArgumentException for a style .NET rejects.

    public partial struct SByte
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static sbyte Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static sbyte Parse(string s, NumberStyles style)
        {
            return (sbyte)NumberStyleParser.ParseInteger(s, style, 0);
        }

        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 0, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (sbyte)value;
            return true;
        }
    }

    public partial struct Byte
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static byte Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static byte Parse(string s, NumberStyles style)
        {
            return (byte)NumberStyleParser.ParseInteger(s, style, 1);
        }

        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 1, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (byte)value;
            return true;
        }
    }

    public partial struct Int16
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static short Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static short Parse(string s, NumberStyles style)
        {
            return (short)NumberStyleParser.ParseInteger(s, style, 2);
        }

        public static short Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 2, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (short)value;
            return true;
        }
    }

    public partial struct UInt16
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static ushort Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static ushort Parse(string s, NumberStyles style)
        {
            return (ushort)NumberStyleParser.ParseInteger(s, style, 3);
        }

        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 3, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (ushort)value;
            return true;
        }
    }

    public partial struct Int32
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static int Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static int Parse(string s, NumberStyles style)
        {
            return (int)NumberStyleParser.ParseInteger(s, style, 4);
        }

        public static int Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 4, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (int)value;
            return true;
        }
    }

    public partial struct UInt32
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static uint Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static uint Parse(string s, NumberStyles style)
        {
            return (uint)NumberStyleParser.ParseInteger(s, style, 5);
        }

        public static uint Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 5, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (uint)value;
            return true;
        }
    }

    public partial struct Int64
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static long Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static long Parse(string s, NumberStyles style)
        {
            return (long)NumberStyleParser.ParseInteger(s, style, 6);
        }

        public static long Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 6, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (long)value;
            return true;
        }
    }

    public partial struct UInt64
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static ulong Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static ulong Parse(string s, NumberStyles style)
        {
            return (ulong)NumberStyleParser.ParseInteger(s, style, 7);
        }

        public static ulong Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            NumberStyleParser.CheckInteger(style);
            long value;
            if (NumberStyleParser.TryInteger(s, style, 7, out value) != 0)
            {
                result = 0;
                return false;
            }
            result = (ulong)value;
            return true;
        }
    }

    public partial struct Decimal
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static decimal Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static decimal Parse(string s, NumberStyles style)
        {
            return NumberStyleParser.ParseDecimal(s, style);
        }

        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            NumberStyleParser.CheckFloat(style);
            string plain;
            if (NumberStyleParser.DecimalText(s, style, out plain) != 0)
            {
                result = 0;
                return false;
            }
            result = Number.ParseDecimal(plain);
            return true;
        }
    }

}