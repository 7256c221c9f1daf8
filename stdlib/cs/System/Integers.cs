namespace System
{
    // The integer types. Each wraps one value of the matching CLI primitive type; the runtime
    // lays them out as that primitive (ECMA-335 I.8.2.2), so `m_value` is the whole struct.
    // Formatting and parsing go through System.Number (natives over stdlib::format), with the
    // invariant culture, so the IFormatProvider overloads ignore their provider.

    public partial struct SByte : IComparable, IComparable<sbyte>, IEquatable<sbyte>, IConvertible, IFormattable
    {
        private sbyte m_value;

        public const sbyte MinValue = -128;
        public const sbyte MaxValue = 127;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 0, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static sbyte Parse(string s)
        {
            return (sbyte)Number.ParseInteger(s, 0);
        }

        public static bool TryParse(string s, out sbyte result)
        {
            if (Number.ParseIntegerStatus(s, 0) != 0)
            {
                result = 0;
                return false;
            }
            result = (sbyte)Number.ParseInteger(s, 0);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is sbyte)) return false;
            return m_value == (sbyte)obj;
        }

        public bool Equals(sbyte obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ ((int)m_value << 8);
        }

        public int CompareTo(sbyte value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is sbyte)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type SByte.");
            return CompareTo((sbyte)value);
        }
    }

    public partial struct Byte : IComparable, IComparable<byte>, IEquatable<byte>, IConvertible, IFormattable
    {
        private byte m_value;

        public const byte MinValue = 0;
        public const byte MaxValue = 255;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 1, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static byte Parse(string s)
        {
            return (byte)Number.ParseInteger(s, 1);
        }

        public static bool TryParse(string s, out byte result)
        {
            if (Number.ParseIntegerStatus(s, 1) != 0)
            {
                result = 0;
                return false;
            }
            result = (byte)Number.ParseInteger(s, 1);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is byte)) return false;
            return m_value == (byte)obj;
        }

        public bool Equals(byte obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public int CompareTo(byte value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is byte)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Byte.");
            return CompareTo((byte)value);
        }
    }

    public partial struct Int16 : IComparable, IComparable<short>, IEquatable<short>, IConvertible, IFormattable
    {
        private short m_value;

        public const short MinValue = -32768;
        public const short MaxValue = 32767;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 2, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static short Parse(string s)
        {
            return (short)Number.ParseInteger(s, 2);
        }

        public static bool TryParse(string s, out short result)
        {
            if (Number.ParseIntegerStatus(s, 2) != 0)
            {
                result = 0;
                return false;
            }
            result = (short)Number.ParseInteger(s, 2);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is short)) return false;
            return m_value == (short)obj;
        }

        public bool Equals(short obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)(ushort)m_value | ((int)m_value << 16);
        }

        public int CompareTo(short value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is short)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Int16.");
            return CompareTo((short)value);
        }
    }

    public partial struct UInt16 : IComparable, IComparable<ushort>, IEquatable<ushort>, IConvertible, IFormattable
    {
        private ushort m_value;

        public const ushort MinValue = 0;
        public const ushort MaxValue = 65535;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 3, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static ushort Parse(string s)
        {
            return (ushort)Number.ParseInteger(s, 3);
        }

        public static bool TryParse(string s, out ushort result)
        {
            if (Number.ParseIntegerStatus(s, 3) != 0)
            {
                result = 0;
                return false;
            }
            result = (ushort)Number.ParseInteger(s, 3);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ushort)) return false;
            return m_value == (ushort)obj;
        }

        public bool Equals(ushort obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public int CompareTo(ushort value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is ushort)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type UInt16.");
            return CompareTo((ushort)value);
        }
    }

    public partial struct Int32 : IComparable, IComparable<int>, IEquatable<int>, IConvertible, IFormattable
    {
        private int m_value;

        public const int MinValue = -2147483648;
        public const int MaxValue = 2147483647;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 4, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static int Parse(string s)
        {
            return (int)Number.ParseInteger(s, 4);
        }

        public static bool TryParse(string s, out int result)
        {
            if (Number.ParseIntegerStatus(s, 4) != 0)
            {
                result = 0;
                return false;
            }
            result = (int)Number.ParseInteger(s, 4);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is int)) return false;
            return m_value == (int)obj;
        }

        public bool Equals(int obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public int CompareTo(int value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is int)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Int32.");
            return CompareTo((int)value);
        }
    }

    public partial struct UInt32 : IComparable, IComparable<uint>, IEquatable<uint>, IConvertible, IFormattable
    {
        private uint m_value;

        public const uint MinValue = 0;
        public const uint MaxValue = 4294967295;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 5, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static uint Parse(string s)
        {
            return (uint)Number.ParseInteger(s, 5);
        }

        public static bool TryParse(string s, out uint result)
        {
            if (Number.ParseIntegerStatus(s, 5) != 0)
            {
                result = 0;
                return false;
            }
            result = (uint)Number.ParseInteger(s, 5);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is uint)) return false;
            return m_value == (uint)obj;
        }

        public bool Equals(uint obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value;
        }

        public int CompareTo(uint value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is uint)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type UInt32.");
            return CompareTo((uint)value);
        }
    }

    public partial struct Int64 : IComparable, IComparable<long>, IEquatable<long>, IConvertible, IFormattable
    {
        private long m_value;

        public const long MinValue = -9223372036854775808;
        public const long MaxValue = 9223372036854775807;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 6, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static long Parse(string s)
        {
            return (long)Number.ParseInteger(s, 6);
        }

        public static bool TryParse(string s, out long result)
        {
            if (Number.ParseIntegerStatus(s, 6) != 0)
            {
                result = 0;
                return false;
            }
            result = (long)Number.ParseInteger(s, 6);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is long)) return false;
            return m_value == (long)obj;
        }

        public bool Equals(long obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ (int)(m_value >> 32);
        }

        public int CompareTo(long value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is long)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Int64.");
            return CompareTo((long)value);
        }
    }

    public partial struct UInt64 : IComparable, IComparable<ulong>, IEquatable<ulong>, IConvertible, IFormattable
    {
        private ulong m_value;

        public const ulong MinValue = 0;
        public const ulong MaxValue = 18446744073709551615;

        public override string ToString()
        {
            return Number.FormatUInt64(m_value);
        }

        /// Standard ("D5", "X", "N2"…) or custom ("#,##0") numeric format; null or "" is "G".
        public string ToString(string format)
        {
            return Number.FormatInteger((long)m_value, 7, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// FormatException or OverflowException (as .NET) on bad input.
        public static ulong Parse(string s)
        {
            return (ulong)Number.ParseInteger(s, 7);
        }

        public static bool TryParse(string s, out ulong result)
        {
            if (Number.ParseIntegerStatus(s, 7) != 0)
            {
                result = 0;
                return false;
            }
            result = (ulong)Number.ParseInteger(s, 7);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ulong)) return false;
            return m_value == (ulong)obj;
        }

        public bool Equals(ulong obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ (int)(m_value >> 32);
        }

        public int CompareTo(ulong value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is ulong)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type UInt64.");
            return CompareTo((ulong)value);
        }
    }
}
