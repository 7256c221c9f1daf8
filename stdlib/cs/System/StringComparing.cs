namespace System
{
    /// String ordering and equality: the ordinal forms, the culture-sensitive ones (which use
    /// the invariant culture's approximation, CompareInvariant), and the StringComparison
    /// overloads that choose between them, with .NET Core 3.1's argument checks and results.
    public sealed partial class String
    {
        private const string NotSupportedComparison = "The string comparison type passed in is currently not supported.";

        /// Ordinal order, null first, with .NET's exact result: the difference of the first
        /// differing code units, else of the lengths. .NET compares two units at a time and
        /// reads the shorter string's terminating NUL when the common length is odd (or 0),
        /// so CompareOrdinal("abc", "abcd") is '\0' - 'd' = -100 where "ab" and "abc" give -1.
        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB) return 0;
            if ((object)strA == null) return -1;
            if ((object)strB == null) return 1;
            int lengthA = strA._stringLength;
            int lengthB = strB._stringLength;
            int common = lengthA < lengthB ? lengthA : lengthB;
            int end = common == 0 ? 1 : (common + 1) & ~1;
            for (int i = 0; i < end; i++)
            {
                int a = i < lengthA ? strA[i] : 0;
                int b = i < lengthB ? strB[i] : 0;
                if (a != b) return a - b;
            }
            return lengthA - lengthB;
        }

        /// Culture-aware order in .NET; here the invariant-culture approximation: letters
        /// compare case-insensitively first ("a" < "B"), then lower case before upper.
        public static int Compare(string strA, string strB)
        {
            return CompareInvariant(strA, strB);
        }

        public static int Compare(string strA, string strB, bool ignoreCase)
        {
            if (ignoreCase)
            {
                if ((object)strA == null || (object)strB == null) return CompareInvariant(strA, strB);
                return CompareInvariant(strA.ToLowerInvariant(), strB.ToLowerInvariant());
            }
            return CompareInvariant(strA, strB);
        }

        /// Null sorts first; Ordinal gives the difference of the first differing units (or of
        /// the lengths), OrdinalIgnoreCase that of the upper-cased units while both are ASCII.
        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            if ((object)strA == (object)strB)
            {
                CheckStringComparison(comparisonType);
                return 0;
            }
            if ((object)strA == null)
            {
                CheckStringComparison(comparisonType);
                return -1;
            }
            if ((object)strB == null)
            {
                CheckStringComparison(comparisonType);
                return 1;
            }
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture:
                    return CompareInvariant(strA, strB);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInvariant(strA.ToLowerInvariant(), strB.ToLowerInvariant());
                case StringComparison.Ordinal:
                    return CompareOrdinal(strA, strB);
                case StringComparison.OrdinalIgnoreCase:
                    return CompareOrdinalIgnoreCase(strA, 0, strA._stringLength, strB, 0, strB._stringLength);
                default:
                    throw new ArgumentException(NotSupportedComparison, "comparisonType");
            }
        }

        /// Compares at most `length` characters of each string from its index (fewer where the
        /// string ends first), culture-sensitively.
        public static int Compare(string strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, false);
        }

        /// The checks are CompareInfo.Compare's, so the parameters are named as there
        /// (offset1, length2, string1, …).
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase)
        {
            int lengthA = length;
            int lengthB = length;
            if ((object)strA != null && strA._stringLength - indexA < lengthA) lengthA = strA._stringLength - indexA;
            if ((object)strB != null && strB._stringLength - indexB < lengthB) lengthB = strB._stringLength - indexB;
            if (lengthA < 0 || lengthB < 0) throw new ArgumentOutOfRangeException(lengthA < 0 ? "length1" : "length2", "Positive number required.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "offset1" : "offset2", "Positive number required.");
            if (indexA > ((object)strA == null ? 0 : strA._stringLength) - lengthA) throw new ArgumentOutOfRangeException("string1", "Offset and length must refer to a position in the string.");
            if (indexB > ((object)strB == null ? 0 : strB._stringLength) - lengthB) throw new ArgumentOutOfRangeException("string2", "Offset and length must refer to a position in the string.");
            if ((object)strA == null) return (object)strB == null ? 0 : -1;
            if ((object)strB == null) return 1;
            return CompareCulture(strA.Substring(indexA, lengthA), strB.Substring(indexB, lengthB), ignoreCase);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            CheckStringComparison(comparisonType);
            if ((object)strA == null || (object)strB == null)
            {
                if ((object)strA == (object)strB) return 0;
                return (object)strA == null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (strA._stringLength - indexA < 0 || strB._stringLength - indexB < 0)
            {
                throw new ArgumentOutOfRangeException(strA._stringLength - indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            if (length == 0 || ((object)strA == (object)strB && indexA == indexB)) return 0;
            int lengthA = Math.Min(length, strA._stringLength - indexA);
            int lengthB = Math.Min(length, strB._stringLength - indexB);
            switch (comparisonType)
            {
                case StringComparison.Ordinal:
                    return CompareOrdinalRange(strA, indexA, lengthA, strB, indexB, lengthB);
                case StringComparison.OrdinalIgnoreCase:
                    return CompareOrdinalIgnoreCase(strA, indexA, lengthA, strB, indexB, lengthB);
                default:
                    return CompareCulture(strA.Substring(indexA, lengthA), strB.Substring(indexB, lengthB), ((int)comparisonType & 1) != 0);
            }
        }

        /// Ordinal comparison of at most `length` characters from each index.
        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if ((object)strA == null || (object)strB == null)
            {
                if ((object)strA == (object)strB) return 0;
                return (object)strA == null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Count cannot be less than zero.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int lengthA = Math.Min(length, strA._stringLength - indexA);
            int lengthB = Math.Min(length, strB._stringLength - indexB);
            if (lengthA < 0 || lengthB < 0) throw new ArgumentOutOfRangeException(lengthA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length == 0 || ((object)strA == (object)strB && indexA == indexB)) return 0;
            return CompareOrdinalRange(strA, indexA, lengthA, strB, indexB, lengthB);
        }

        public int CompareTo(string strB)
        {
            return CompareInvariant(this, strB);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            string s = value as string;
            if ((object)s == null) ThrowHelper.Throw("System.ArgumentException", "Object must be of type String.");
            return CompareInvariant(this, s);
        }

        public bool Equals(string value, StringComparison comparisonType)
        {
            return Equals(this, value, comparisonType);
        }

        /// Ordinal equality, or equality under the chosen comparison (the culture-sensitive
        /// kinds are the invariant comparison's 0).
        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == (object)b)
            {
                CheckStringComparison(comparisonType);
                return true;
            }
            if ((object)a == null || (object)b == null)
            {
                CheckStringComparison(comparisonType);
                return false;
            }
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareCulture(a, b, ((int)comparisonType & 1) != 0) == 0;
                case StringComparison.Ordinal:
                    return EqualsHelper(a, b);
                case StringComparison.OrdinalIgnoreCase:
                    return a._stringLength == b._stringLength && CompareOrdinalIgnoreCase(a, 0, a._stringLength, b, 0, b._stringLength) == 0;
                default:
                    throw new ArgumentException(NotSupportedComparison, "comparisonType");
            }
        }

        /// A hash code that agrees with Equals under the same comparison (as .NET's, from the
        /// matching StringComparer).
        public int GetHashCode(StringComparison comparisonType)
        {
            return StringComparer.FromComparison(comparisonType).GetHashCode(this);
        }

        // ---- helpers ---------------------------------------------------------------------

        /// .NET checks the comparison kind even when the strings settle the answer.
        internal static void CheckStringComparison(StringComparison comparisonType)
        {
            if ((int)comparisonType < 0 || (int)comparisonType > (int)StringComparison.OrdinalIgnoreCase)
            {
                throw new ArgumentException(NotSupportedComparison, "comparisonType");
            }
        }

        /// The invariant-culture order, case-insensitive by comparing the lower-cased strings.
        internal static int CompareCulture(string strA, string strB, bool ignoreCase)
        {
            if (ignoreCase) return CompareInvariant(strA.ToLowerInvariant(), strB.ToLowerInvariant());
            return CompareInvariant(strA, strB);
        }

        /// The difference of the first differing units of the two ranges, else of their lengths.
        private static int CompareOrdinalRange(string strA, int indexA, int lengthA, string strB, int indexB, int lengthB)
        {
            int n = lengthA < lengthB ? lengthA : lengthB;
            for (int i = 0; i < n; i++)
            {
                int d = strA[indexA + i] - strB[indexB + i];
                if (d != 0) return d;
            }
            return lengthA - lengthB;
        }

        /// OrdinalIgnoreCase as .NET Core 3.1 on ICU computes it: while both units are ASCII,
        /// the difference of the upper-cased units (or of the lengths at the end); from the
        /// first non-ASCII unit on, code point by code point, equal when equal after
        /// upper-casing, else -1 or 1 by the code points themselves (then by length).
        internal static int CompareOrdinalIgnoreCase(string strA, int indexA, int lengthA, string strB, int indexB, int lengthB)
        {
            int n = lengthA < lengthB ? lengthA : lengthB;
            int i = 0;
            for (; i < n; i++)
            {
                int a = strA[indexA + i];
                int b = strB[indexB + i];
                if (a > 0x7F || b > 0x7F) break;
                if (a == b) continue;
                if (a >= 'a' && a <= 'z') a -= 0x20;
                if (b >= 'a' && b <= 'z') b -= 0x20;
                if (a != b) return a - b;
            }
            if (i == n) return lengthA - lengthB;
            int pa = indexA + i;
            int pb = indexB + i;
            int endA = indexA + lengthA;
            int endB = indexB + lengthB;
            while (pa < endA && pb < endB)
            {
                int a = CodePointAt(strA, pa, endA);
                int b = CodePointAt(strB, pb, endB);
                pa += a > 0xFFFF ? 2 : 1;
                pb += b > 0xFFFF ? 2 : 1;
                if (a != b && UpperCodePoint(a) != UpperCodePoint(b)) return a < b ? -1 : 1;
            }
            if (lengthA < lengthB) return -1;
            if (lengthA > lengthB) return 1;
            return 0;
        }

        /// The code point at `index`: a surrogate pair's scalar value, or the unit itself.
        private static int CodePointAt(string s, int index, int end)
        {
            char c = s[index];
            if (c >= '\ud800' && c <= '\udbff' && index + 1 < end)
            {
                char d = s[index + 1];
                if (d >= '\udc00' && d <= '\udfff') return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
            }
            return c;
        }

        /// Upper case of a code point; the case mappings here cover the BMP only.
        private static int UpperCodePoint(int cp)
        {
            if (cp > 0xFFFF) return cp;
            return char.ToUpperInvariant((char)cp);
        }
    }
}
