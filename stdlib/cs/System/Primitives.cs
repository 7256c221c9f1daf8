namespace System
{
    // The primitive value types. Each wraps one value of the matching CLI
    // primitive type; the runtime lays them out as that primitive
    // (ECMA-335 I.8.2.2), so `m_value` is the whole struct.

    public struct Boolean
    {
        private bool m_value;

        public override string ToString()
        {
            if (m_value) return "True";
            return "False";
        }
    }

    public struct Char
    {
        private char m_value;

        public const char MinValue = '\0';
        public const char MaxValue = '\uffff';
    }

    public struct SByte
    {
        private sbyte m_value;

        public const sbyte MinValue = -128;
        public const sbyte MaxValue = 127;
    }

    public struct Byte
    {
        private byte m_value;

        public const byte MinValue = 0;
        public const byte MaxValue = 255;
    }

    public struct Int16
    {
        private short m_value;

        public const short MinValue = -32768;
        public const short MaxValue = 32767;
    }

    public struct UInt16
    {
        private ushort m_value;

        public const ushort MinValue = 0;
        public const ushort MaxValue = 65535;
    }

    public struct Int32
    {
        private int m_value;

        public const int MinValue = -2147483648;
        public const int MaxValue = 2147483647;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }
    }

    public struct UInt32
    {
        private uint m_value;

        public const uint MinValue = 0;
        public const uint MaxValue = 4294967295;
    }

    public struct Int64
    {
        private long m_value;

        public const long MinValue = -9223372036854775808;
        public const long MaxValue = 9223372036854775807;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }
    }

    public struct UInt64
    {
        private ulong m_value;

        public const ulong MinValue = 0;
        public const ulong MaxValue = 18446744073709551615;
    }

    public struct Single
    {
        private float m_value;

        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NaN = (float)0.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
    }

    public struct Double
    {
        private double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.94065645841247E-324;
        public const double NaN = (double)0.0 / (double)0.0;
        public const double PositiveInfinity = (double)1.0 / (double)0.0;
        public const double NegativeInfinity = (double)-1.0 / (double)0.0;
    }

    public struct IntPtr
    {
        private int m_value;
    }

    public struct UIntPtr
    {
        private int m_value;
    }
}
