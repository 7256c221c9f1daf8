namespace System
{
    /// Searching a string: IndexOf, LastIndexOf, the Any forms, Contains, StartsWith, EndsWith
    /// and Replace with a StringComparison, with .NET Core 3.1's argument checks. The
    /// culture-sensitive searches are ordinal here (the invariant culture agrees for text
    /// without ignorable characters); the ignore-case ones compare upper-cased code units.
    public sealed partial class String
    {
        // ---- characters ------------------------------------------------------------------

        public bool Contains(char value)
        {
            return IndexOfChar(value, 0) >= 0;
        }

        public bool Contains(char value, StringComparison comparisonType)
        {
            return IndexOf(value, comparisonType) != -1;
        }

        public int IndexOf(char value)
        {
            return IndexOfChar(value, 0);
        }

        public int IndexOf(char value, int startIndex)
        {
            return IndexOfChar(value, startIndex);
        }

        public int IndexOf(char value, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (count < 0 || count > _stringLength - startIndex) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (this[i] == value) return i;
            }
            return -1;
        }

        public int IndexOf(char value, StringComparison comparisonType)
        {
            if (!IgnoresCase(comparisonType)) return IndexOfChar(value, 0);
            char folded = FoldCase(value);
            for (int i = 0; i < _stringLength; i++)
            {
                if (FoldCase(this[i]) == folded) return i;
            }
            return -1;
        }

        public int LastIndexOf(char value)
        {
            for (int i = _stringLength - 1; i >= 0; i--)
            {
                if (this[i] == value) return i;
            }
            return -1;
        }

        /// Searches backwards from startIndex (inclusive).
        public int LastIndexOf(char value, int startIndex)
        {
            return LastIndexOf(value, startIndex, startIndex + 1);
        }

        /// Searches the `count` characters ending at startIndex, backwards.
        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (_stringLength == 0) return -1;
            if (startIndex < 0 || startIndex >= _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (count < 0 || count > startIndex + 1) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            for (int i = startIndex; i > startIndex - count; i--)
            {
                if (this[i] == value) return i;
            }
            return -1;
        }

        public int IndexOfAny(char[] anyOf)
        {
            return IndexOfAny(anyOf, 0, _stringLength);
        }

        public int IndexOfAny(char[] anyOf, int startIndex)
        {
            return IndexOfAny(anyOf, startIndex, _stringLength - startIndex);
        }

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (count < 0 || count > _stringLength - startIndex) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (Contains(anyOf, this[i])) return i;
            }
            return -1;
        }

        public int LastIndexOfAny(char[] anyOf)
        {
            return LastIndexOfAny(anyOf, _stringLength - 1, _stringLength);
        }

        public int LastIndexOfAny(char[] anyOf, int startIndex)
        {
            return LastIndexOfAny(anyOf, startIndex, startIndex + 1);
        }

        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (_stringLength == 0) return -1;
            if (startIndex < 0 || startIndex >= _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            for (int i = startIndex; i > startIndex - count; i--)
            {
                if (Contains(anyOf, this[i])) return i;
            }
            return -1;
        }

        // ---- strings ---------------------------------------------------------------------

        public bool Contains(string value)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            return IndexOfString(value, 0) >= 0;
        }

        public bool Contains(string value, StringComparison comparisonType)
        {
            return IndexOf(value, comparisonType) >= 0;
        }

        public int IndexOf(string value)
        {
            return IndexOf(value, 0, _stringLength, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, int startIndex)
        {
            return IndexOf(value, startIndex, _stringLength - startIndex, StringComparison.CurrentCulture);
        }

        /// The range is checked before the value (as .NET does for this overload only).
        public int IndexOf(string value, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (count < 0 || count > _stringLength - startIndex) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            return IndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, StringComparison comparisonType)
        {
            return IndexOf(value, 0, _stringLength, comparisonType);
        }

        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return IndexOf(value, startIndex, _stringLength - startIndex, comparisonType);
        }

        /// The first occurrence lying wholly within the `count` characters from startIndex; an
        /// empty value is found at startIndex.
        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (count < 0 || startIndex > _stringLength - count) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            bool ignoreCase = IgnoresCase(comparisonType);
            int end = startIndex + count;
            if (!ignoreCase)
            {
                int found = IndexOfString(value, startIndex);
                return found >= 0 && found + value._stringLength <= end ? found : -1;
            }
            for (int i = startIndex; i + value._stringLength <= end; i++)
            {
                if (MatchesIgnoreCase(i, value)) return i;
            }
            return -1;
        }

        public int LastIndexOf(string value)
        {
            return LastIndexOf(value, _stringLength - 1, _stringLength, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, int startIndex)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, int startIndex, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            return LastIndexOf(value, _stringLength - 1, _stringLength, comparisonType);
        }

        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, comparisonType);
        }

        /// The last occurrence lying wholly within the `count` characters that end at
        /// startIndex (startIndex == Length is allowed and means the end); an empty value is
        /// found at startIndex.
        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            if (_stringLength == 0 && (startIndex == -1 || startIndex == 0)) return value._stringLength == 0 ? 0 : -1;
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex", IndexOutOfRangeMessage);
            if (startIndex == _stringLength)
            {
                startIndex--;
                if (count > 0) count--;
            }
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", CountOutOfRangeMessage);
            if (value._stringLength == 0) return startIndex;
            bool ignoreCase = IgnoresCase(comparisonType);
            int low = startIndex - count + 1;
            if (!ignoreCase)
            {
                int found = LastIndexOfString(value, startIndex + 1);
                return found >= low ? found : -1;
            }
            for (int i = startIndex + 1 - value._stringLength; i >= low; i--)
            {
                if (MatchesIgnoreCase(i, value)) return i;
            }
            return -1;
        }

        public bool StartsWith(char value)
        {
            return _stringLength != 0 && this[0] == value;
        }

        public bool EndsWith(char value)
        {
            return _stringLength != 0 && this[_stringLength - 1] == value;
        }

        public bool StartsWith(string value)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            return StartsWith(value, StringComparison.CurrentCulture);
        }

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            if ((object)this == (object)value || value._stringLength == 0)
            {
                CheckStringComparison(comparisonType);
                return true;
            }
            bool ignoreCase = IgnoresCase(comparisonType);
            if (value._stringLength > _stringLength) return false;
            return ignoreCase ? MatchesIgnoreCase(0, value) : MatchesOrdinal(0, value);
        }

        public bool EndsWith(string value)
        {
            return EndsWith(value, StringComparison.CurrentCulture);
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            if ((object)this == (object)value || value._stringLength == 0)
            {
                CheckStringComparison(comparisonType);
                return true;
            }
            bool ignoreCase = IgnoresCase(comparisonType);
            int offset = _stringLength - value._stringLength;
            if (offset < 0) return false;
            return ignoreCase ? MatchesIgnoreCase(offset, value) : MatchesOrdinal(offset, value);
        }

        /// Every non-overlapping occurrence of oldValue, left to right, replaced by newValue
        /// (null meaning ""); case-insensitively for the IgnoreCase kinds.
        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            bool ignoreCase = IgnoresCase(comparisonType);
            if (!ignoreCase) return Replace(oldValue, newValue);
            if ((object)oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue._stringLength == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            int found = IndexOf(oldValue, 0, _stringLength, comparisonType);
            if (found < 0) return this;
            System.Text.StringBuilder sb = new System.Text.StringBuilder(_stringLength);
            int start = 0;
            while (found >= 0)
            {
                sb.Append(this, start, found - start);
                sb.Append(newValue);
                start = found + oldValue._stringLength;
                found = IndexOf(oldValue, start, _stringLength - start, comparisonType);
            }
            sb.Append(this, start, _stringLength - start);
            return sb.ToString();
        }

        // ---- helpers ---------------------------------------------------------------------

        private const string IndexOutOfRangeMessage = "Index was out of range. Must be non-negative and less than the size of the collection.";
        private const string CountOutOfRangeMessage = "Count must be positive and count must refer to a location within the string/array/collection.";

        /// Whether a (valid) comparison kind ignores case: the odd ones do. Throws for a value
        /// outside the enum, as .NET's searches do.
        private static bool IgnoresCase(StringComparison comparisonType)
        {
            CheckStringComparison(comparisonType);
            return ((int)comparisonType & 1) != 0;
        }

        /// A unit's case-insensitive identity: ASCII letters by arithmetic, others through
        /// the invariant upper-case mapping.
        private static char FoldCase(char c)
        {
            if (c <= '\u007f') return c >= 'a' && c <= 'z' ? (char)(c - 0x20) : c;
            return char.ToUpperInvariant(c);
        }

        private bool MatchesOrdinal(int index, string value)
        {
            for (int i = 0; i < value._stringLength; i++)
            {
                if (this[index + i] != value[i]) return false;
            }
            return true;
        }

        private bool MatchesIgnoreCase(int index, string value)
        {
            for (int i = 0; i < value._stringLength; i++)
            {
                char a = this[index + i];
                char b = value[i];
                if (a != b && FoldCase(a) != FoldCase(b)) return false;
            }
            return true;
        }
    }
}
