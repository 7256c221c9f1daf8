namespace System
{
    /// A UTF-16 code unit. Classification and case mapping follow the invariant culture:
    /// exact for Latin-1, Unicode properties beyond it (natives in stdlib/src/natives/chars.rs).
    public struct Char : IComparable, IComparable<char>, IEquatable<char>
    {
        private char m_value;

        public const char MinValue = '\0';
        public const char MaxValue = '\uffff';

        public override string ToString()
        {
            return new string(m_value, 1);
        }

        public static string ToString(char c)
        {
            return new string(c, 1);
        }

        /// The only character of a one-character string.
        public static char Parse(string s)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            if (s.Length != 1) ThrowHelper.Throw("System.FormatException", "String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            if (s == null || s.Length != 1)
            {
                result = '\0';
                return false;
            }
            result = s[0];
            return true;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is char)) return false;
            return m_value == (char)obj;
        }

        public bool Equals(char obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value | ((int)m_value << 16);
        }

        public int CompareTo(char value)
        {
            return m_value - value;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is char)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Char.");
            return CompareTo((char)value);
        }

        public static extern bool IsLetter(char c);
        public static extern bool IsDigit(char c);
        public static extern bool IsNumber(char c);
        public static extern bool IsWhiteSpace(char c);
        public static extern bool IsUpper(char c);
        public static extern bool IsLower(char c);
        public static extern bool IsControl(char c);
        public static extern bool IsPunctuation(char c);
        public static extern bool IsSymbol(char c);
        public static extern bool IsSeparator(char c);
        public static extern char ToUpper(char c);
        public static extern char ToLower(char c);

        public static bool IsLetterOrDigit(char c)
        {
            return IsLetter(c) || IsDigit(c);
        }

        internal static bool IsAscii(char c)
        {
            return c <= '\u007f';
        }

        public static bool IsSurrogate(char c)
        {
            return c >= '\ud800' && c <= '\udfff';
        }

        public static bool IsHighSurrogate(char c)
        {
            return c >= '\ud800' && c <= '\udbff';
        }

        public static bool IsLowSurrogate(char c)
        {
            return c >= '\udc00' && c <= '\udfff';
        }

        public static char ToUpperInvariant(char c)
        {
            return ToUpper(c);
        }

        public static char ToLowerInvariant(char c)
        {
            return ToLower(c);
        }

        /// The numeric value of a decimal digit, or -1.
        public static double GetNumericValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            return -1;
        }

        // The (string, index) forms check their arguments as .NET does.
        private static char At(string s, int index)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            if (index < 0 || index >= s.Length)
            {
                ThrowHelper.ArgumentOutOfRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            return s[index];
        }

        public static bool IsLetter(string s, int index)
        {
            return IsLetter(At(s, index));
        }

        public static bool IsDigit(string s, int index)
        {
            return IsDigit(At(s, index));
        }

        public static bool IsNumber(string s, int index)
        {
            return IsNumber(At(s, index));
        }

        public static bool IsWhiteSpace(string s, int index)
        {
            return IsWhiteSpace(At(s, index));
        }

        public static bool IsUpper(string s, int index)
        {
            return IsUpper(At(s, index));
        }

        public static bool IsLower(string s, int index)
        {
            return IsLower(At(s, index));
        }

        public static bool IsLetterOrDigit(string s, int index)
        {
            return IsLetterOrDigit(At(s, index));
        }

        public static bool IsPunctuation(string s, int index)
        {
            return IsPunctuation(At(s, index));
        }

        public static bool IsControl(string s, int index)
        {
            return IsControl(At(s, index));
        }

        public static bool IsSymbol(string s, int index)
        {
            return IsSymbol(At(s, index));
        }

        public static bool IsSeparator(string s, int index)
        {
            return IsSeparator(At(s, index));
        }

        public static bool IsSurrogate(string s, int index)
        {
            return IsSurrogate(At(s, index));
        }
    }
}
