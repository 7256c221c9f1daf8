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
    }

    public struct SByte
    {
        private sbyte m_value;
    }

    public struct Byte
    {
        private byte m_value;
    }

    public struct Int16
    {
        private short m_value;
    }

    public struct UInt16
    {
        private ushort m_value;
    }

    public struct Int32
    {
        private int m_value;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }
    }

    public struct UInt32
    {
        private uint m_value;
    }

    public struct Int64
    {
        private long m_value;

        public override string ToString()
        {
            return Number.FormatInt64(m_value);
        }
    }

    public struct UInt64
    {
        private ulong m_value;
    }

    public struct Single
    {
        private float m_value;
    }

    public struct Double
    {
        private double m_value;
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
