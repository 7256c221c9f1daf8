namespace System
{
    /// A UTF-16 code unit. Classification and case mapping follow the invariant culture:
    /// exact for Latin-1, Unicode properties beyond it (natives in stdlib/src/natives/chars.rs).
    public partial struct Char : IComparable, IComparable<char>, IEquatable<char>, IConvertible
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

        /// The Unicode numeric value (UnicodeData.txt's field 8, as .NET reports it) of a
        /// character of the Basic Multilingual Plane: digits of every script, superscripts,
        /// fractions, Roman numerals, circled numbers…; -1 when it has none.
        public static double GetNumericValue(char c)
        {
            int[] runs = s_numericRuns;
            int lo = 0;
            int hi = runs.Length / 4 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                int start = runs[mid * 4];
                if (c < start)
                {
                    hi = mid - 1;
                }
                else if (c >= start + runs[mid * 4 + 1])
                {
                    lo = mid + 1;
                }
                else
                {
                    int denominator = runs[mid * 4 + 3];
                    return (double)(runs[mid * 4 + 2] + (c - start) * denominator) / denominator;
                }
            }
            return -1;
        }

        /// The numeric value of the character at `index`. (A surrogate pair's value, which
        /// .NET gives for digits beyond the BMP, is -1 here.)
        public static double GetNumericValue(string s, int index)
        {
            return GetNumericValue(At(s, index));
        }

        /// The BMP's characters with a numeric value, as runs of four ints: the first
        /// character, how many follow it, and the first value as numerator and denominator;
        /// each next character's value is one more. Generated from .NET Core 3.1's tables.
        private static readonly int[] s_numericRuns = new int[]
        {
            0x0030, 10, 0, 1, 0x00B2, 2, 2, 1, 0x00B9, 1, 1, 1, 0x00BC, 1, 1, 4,
            0x00BD, 1, 1, 2, 0x00BE, 1, 3, 4, 0x0660, 10, 0, 1, 0x06F0, 10, 0, 1,
            0x07C0, 10, 0, 1, 0x0966, 10, 0, 1, 0x09E6, 10, 0, 1, 0x09F4, 1, 1, 16,
            0x09F5, 1, 1, 8, 0x09F6, 1, 3, 16, 0x09F7, 1, 1, 4, 0x09F8, 1, 3, 4,
            0x09F9, 1, 16, 1, 0x0A66, 10, 0, 1, 0x0AE6, 10, 0, 1, 0x0B66, 10, 0, 1,
            0x0B72, 1, 1, 4, 0x0B73, 1, 1, 2, 0x0B74, 1, 3, 4, 0x0B75, 1, 1, 16,
            0x0B76, 1, 1, 8, 0x0B77, 1, 3, 16, 0x0BE6, 11, 0, 1, 0x0BF1, 1, 100, 1,
            0x0BF2, 1, 1000, 1, 0x0C66, 10, 0, 1, 0x0C78, 4, 0, 1, 0x0C7C, 3, 1, 1,
            0x0CE6, 10, 0, 1, 0x0D58, 1, 1, 160, 0x0D59, 1, 1, 40, 0x0D5A, 1, 3, 80,
            0x0D5B, 1, 1, 20, 0x0D5C, 1, 1, 10, 0x0D5D, 1, 3, 20, 0x0D5E, 1, 1, 5,
            0x0D66, 11, 0, 1, 0x0D71, 1, 100, 1, 0x0D72, 1, 1000, 1, 0x0D73, 1, 1, 4,
            0x0D74, 1, 1, 2, 0x0D75, 1, 3, 4, 0x0D76, 1, 1, 16, 0x0D77, 1, 1, 8,
            0x0D78, 1, 3, 16, 0x0DE6, 10, 0, 1, 0x0E50, 10, 0, 1, 0x0ED0, 10, 0, 1,
            0x0F20, 10, 0, 1, 0x0F2A, 9, 1, 2, 0x0F33, 1, -1, 2, 0x1040, 10, 0, 1,
            0x1090, 10, 0, 1, 0x1369, 10, 1, 1, 0x1373, 1, 20, 1, 0x1374, 1, 30, 1,
            0x1375, 1, 40, 1, 0x1376, 1, 50, 1, 0x1377, 1, 60, 1, 0x1378, 1, 70, 1,
            0x1379, 1, 80, 1, 0x137A, 1, 90, 1, 0x137B, 1, 100, 1, 0x137C, 1, 10000, 1,
            0x16EE, 3, 17, 1, 0x17E0, 10, 0, 1, 0x17F0, 10, 0, 1, 0x1810, 10, 0, 1,
            0x1946, 10, 0, 1, 0x19D0, 10, 0, 1, 0x19DA, 1, 1, 1, 0x1A80, 10, 0, 1,
            0x1A90, 10, 0, 1, 0x1B50, 10, 0, 1, 0x1BB0, 10, 0, 1, 0x1C40, 10, 0, 1,
            0x1C50, 10, 0, 1, 0x2070, 1, 0, 1, 0x2074, 6, 4, 1, 0x2080, 10, 0, 1,
            0x2150, 1, 1, 7, 0x2151, 1, 1, 9, 0x2152, 1, 1, 10, 0x2153, 1, 1, 3,
            0x2154, 1, 2, 3, 0x2155, 1, 1, 5, 0x2156, 1, 2, 5, 0x2157, 1, 3, 5,
            0x2158, 1, 4, 5, 0x2159, 1, 1, 6, 0x215A, 1, 5, 6, 0x215B, 1, 1, 8,
            0x215C, 1, 3, 8, 0x215D, 1, 5, 8, 0x215E, 1, 7, 8, 0x215F, 1, 1, 1,
            0x2160, 12, 1, 1, 0x216C, 1, 50, 1, 0x216D, 1, 100, 1, 0x216E, 1, 500, 1,
            0x216F, 1, 1000, 1, 0x2170, 12, 1, 1, 0x217C, 1, 50, 1, 0x217D, 1, 100, 1,
            0x217E, 1, 500, 1, 0x217F, 1, 1000, 1, 0x2180, 1, 1000, 1, 0x2181, 1, 5000, 1,
            0x2182, 1, 10000, 1, 0x2185, 1, 6, 1, 0x2186, 1, 50, 1, 0x2187, 1, 50000, 1,
            0x2188, 1, 100000, 1, 0x2189, 1, 0, 1, 0x2460, 20, 1, 1, 0x2474, 20, 1, 1,
            0x2488, 20, 1, 1, 0x24EA, 1, 0, 1, 0x24EB, 10, 11, 1, 0x24F5, 10, 1, 1,
            0x24FF, 1, 0, 1, 0x2776, 10, 1, 1, 0x2780, 10, 1, 1, 0x278A, 10, 1, 1,
            0x2CFD, 1, 1, 2, 0x3007, 1, 0, 1, 0x3021, 9, 1, 1, 0x3038, 1, 10, 1,
            0x3039, 1, 20, 1, 0x303A, 1, 30, 1, 0x3192, 4, 1, 1, 0x3220, 10, 1, 1,
            0x3248, 1, 10, 1, 0x3249, 1, 20, 1, 0x324A, 1, 30, 1, 0x324B, 1, 40, 1,
            0x324C, 1, 50, 1, 0x324D, 1, 60, 1, 0x324E, 1, 70, 1, 0x324F, 1, 80, 1,
            0x3251, 15, 21, 1, 0x3280, 10, 1, 1, 0x32B1, 15, 36, 1, 0xA620, 10, 0, 1,
            0xA6E6, 9, 1, 1, 0xA6EF, 1, 0, 1, 0xA830, 1, 1, 4, 0xA831, 1, 1, 2,
            0xA832, 1, 3, 4, 0xA833, 1, 1, 16, 0xA834, 1, 1, 8, 0xA835, 1, 3, 16,
            0xA8D0, 10, 0, 1, 0xA900, 10, 0, 1, 0xA9D0, 10, 0, 1, 0xA9F0, 10, 0, 1,
            0xAA50, 10, 0, 1, 0xABF0, 10, 0, 1, 0xF96B, 1, 3, 1, 0xF973, 1, 10, 1,
            0xF978, 1, 2, 1, 0xF9B2, 1, 0, 1, 0xF9D1, 1, 6, 1, 0xF9D3, 1, 6, 1,
            0xF9FD, 1, 10, 1, 0xFF10, 10, 0, 1,
        };

        // The (string, index) forms check their arguments as .NET does.
        private static char At(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (index < 0 || index >= s.Length) throw new ArgumentOutOfRangeException("index");
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

        public static bool IsHighSurrogate(string s, int index)
        {
            return IsHighSurrogate(At(s, index));
        }

        public static bool IsLowSurrogate(string s, int index)
        {
            return IsLowSurrogate(At(s, index));
        }

        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate)
        {
            return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);
        }

        /// Whether a high surrogate at `index` is followed by a low one.
        public static bool IsSurrogatePair(string s, int index)
        {
            At(s, index);
            return index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        }

        // ---- UTF-32 --------------------------------------------------------------------

        /// The one or two UTF-16 units of a Unicode scalar value.
        public static string ConvertFromUtf32(int utf32)
        {
            if (utf32 < 0 || utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF))
            {
                throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            }
            if (utf32 < 0x10000) return new string((char)utf32, 1);
            int offset = utf32 - 0x10000;
            return new string(new char[] { (char)(0xD800 + (offset >> 10)), (char)(0xDC00 + (offset & 0x3FF)) });
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate))
            {
                throw new ArgumentOutOfRangeException("highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            }
            if (!IsLowSurrogate(lowSurrogate))
            {
                throw new ArgumentOutOfRangeException("lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            }
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }

        /// The scalar value at `index`: a surrogate pair's, or the character's own; an
        /// unpaired surrogate is an ArgumentException.
        public static int ConvertToUtf32(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (index < 0 || index >= s.Length)
            {
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            char c = s[index];
            if (IsHighSurrogate(c))
            {
                if (index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
                throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            }
            if (IsLowSurrogate(c))
            {
                throw new ArgumentException("Found a low surrogate char without a preceding high surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            }
            return c;
        }
    }
}
