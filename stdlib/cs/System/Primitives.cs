namespace System
{
    // Boolean, the floating-point types and the pointer-sized integers. Each wraps one value of
    // the matching CLI primitive type (ECMA-335 I.8.2.2), so `m_value` is the whole struct.

    public partial struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>, IConvertible
    {
        private bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override string ToString()
        {
            if (m_value) return "True";
            return "False";
        }

        /// "True" or "False", ignoring case and surrounding white space (and NULs).
        public static bool Parse(string value)
        {
            if (value == null) ThrowHelper.Throw("System.ArgumentNullException", "Value cannot be null. (Parameter 'value')");
            int r = ParseCore(value);
            if (r < 0) ThrowHelper.Throw("System.FormatException", "String '" + value + "' was not recognized as a valid Boolean.");
            return r == 1;
        }

        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null) return false;
            int r = ParseCore(value);
            if (r < 0) return false;
            result = r == 1;
            return true;
        }

        /// 1 for true, 0 for false, -1 for neither.
        private static int ParseCore(string value)
        {
            int start = 0;
            int end = value.Length;
            while (start < end && (char.IsWhiteSpace(value[start]) || value[start] == '\0')) start++;
            while (end > start && (char.IsWhiteSpace(value[end - 1]) || value[end - 1] == '\0')) end--;
            string t = value.Substring(start, end - start).ToLowerInvariant();
            if (string.Equals(t, "true")) return 1;
            if (string.Equals(t, "false")) return 0;
            return -1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is bool)) return false;
            return m_value == (bool)obj;
        }

        public bool Equals(bool obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            if (m_value) return 1;
            return 0;
        }

        public int CompareTo(bool value)
        {
            if (m_value == value) return 0;
            if (m_value) return 1;
            return -1;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is bool)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Boolean.");
            return CompareTo((bool)value);
        }
    }

    public partial struct Single : IComparable, IComparable<float>, IEquatable<float>, IConvertible, IFormattable
    {
        private float m_value;

        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NaN = (float)0.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;

        public static bool IsNaN(float f)
        {
            return f != f;
        }

        public static bool IsInfinity(float f)
        {
            return f == PositiveInfinity || f == NegativeInfinity;
        }

        public static bool IsPositiveInfinity(float f)
        {
            return f == PositiveInfinity;
        }

        public static bool IsNegativeInfinity(float f)
        {
            return f == NegativeInfinity;
        }

        /// The sign bit: true for -0.0 too.
        public static bool IsNegative(float f)
        {
            return f < 0 || (f == 0 && 1 / f < 0);
        }

        public static bool IsFinite(float f)
        {
            return !IsNaN(f) && !IsInfinity(f);
        }

        /// The shortest string that parses back to the same float (.NET Core 3.0 and later).
        public override string ToString()
        {
            return Number.FormatSingle(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatSingle(m_value, format);
        }

        /// The provider is ignored: the library formats with the invariant culture.
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        public static float Parse(string s)
        {
            return Number.ParseSingle(s);
        }

        public static bool TryParse(string s, out float result)
        {
            if (Number.ParseSingleStatus(s) != 0)
            {
                result = 0;
                return false;
            }
            result = Number.ParseSingle(s);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is float)) return false;
            return Equals((float)obj);
        }

        /// NaN equals NaN here (unlike ==), as .NET's Equals does.
        public bool Equals(float obj)
        {
            if (obj == m_value) return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            return ((double)m_value).GetHashCode();
        }

        /// NaN sorts before every other value.
        public int CompareTo(float value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is float)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Single.");
            return CompareTo((float)value);
        }
    }

    public partial struct Double : IComparable, IComparable<double>, IEquatable<double>, IConvertible, IFormattable
    {
        private double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.94065645841247E-324;
        public const double NaN = (double)0.0 / (double)0.0;
        public const double PositiveInfinity = (double)1.0 / (double)0.0;
        public const double NegativeInfinity = (double)-1.0 / (double)0.0;

        public static bool IsNaN(double d)
        {
            return d != d;
        }

        public static bool IsInfinity(double d)
        {
            return d == PositiveInfinity || d == NegativeInfinity;
        }

        public static bool IsPositiveInfinity(double d)
        {
            return d == PositiveInfinity;
        }

        public static bool IsNegativeInfinity(double d)
        {
            return d == NegativeInfinity;
        }

        /// The sign bit: true for -0.0 too.
        public static bool IsNegative(double d)
        {
            return d < 0 || (d == 0 && 1 / d < 0);
        }

        public static bool IsFinite(double d)
        {
            return !IsNaN(d) && !IsInfinity(d);
        }

        /// The shortest string that parses back to the same double (.NET Core 3.0 and later).
        public override string ToString()
        {
            return Number.FormatDouble(m_value);
        }

        public string ToString(string format)
        {
            return Number.FormatDouble(m_value, format);
        }

        /// The provider is ignored: the library formats with the invariant culture.
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        public static double Parse(string s)
        {
            return Number.ParseDouble(s);
        }

        public static bool TryParse(string s, out double result)
        {
            if (Number.ParseDoubleStatus(s) != 0)
            {
                result = 0;
                return false;
            }
            result = Number.ParseDouble(s);
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is double)) return false;
            return Equals((double)obj);
        }

        /// NaN equals NaN here (unlike ==), as .NET's Equals does.
        public bool Equals(double obj)
        {
            if (obj == m_value) return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        /// Equal values (0.0 and -0.0, every NaN) hash alike.
        public override int GetHashCode()
        {
            if (IsNaN(m_value)) return -524288;
            if (m_value == 0) return 0;
            double d = m_value;
            long scaled = (long)(d * 4096.0);
            if (IsInfinity(d)) scaled = d > 0 ? 1 : -1;
            return (int)scaled ^ (int)(scaled >> 32) ^ (int)(long)d;
        }

        /// NaN sorts before every other value.
        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is double)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Double.");
            return CompareTo((double)value);
        }
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
