namespace System
{
    /// An immutable sequence of UTF-16 code units. The runtime allocates a string as one
    /// object: the length, then the characters inline, starting at `_firstChar` (the same
    /// shape as CoreCLR's). Searches and comparisons are ordinal except where noted: .NET's
    /// culture-sensitive ones (CompareTo, Compare, IndexOf(string), StartsWith(string)) use
    /// the invariant culture here, which agrees with ordinal for text without ignorable
    /// characters, except for Compare/CompareTo (see CompareInvariant).
    public sealed partial class String : IComparable, IComparable<string>, IEquatable<string>, System.Collections.Generic.IEnumerable<char>
    {
        private int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

        public extern String(char c, int count);
        public extern String(char[] value);
        public extern String(char[] value, int startIndex, int length);

        /// The characters in order (`foreach` over a string indexes it instead).
        public CharEnumerator GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        System.Collections.Generic.IEnumerator<char> System.Collections.Generic.IEnumerable<char>.GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        public int Length
        {
            get { return _stringLength; }
        }

        /// The UTF-16 code unit at `index`; IndexOutOfRangeException
        /// outside [0, Length).
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public extern char this[int index] { get; }

        // ---- natives -------------------------------------------------------------------

        internal static extern string FastAllocateString(int length);
        internal static extern string CreateFromChars(char[] value, int startIndex, int length);
        private static extern bool EqualsHelper(string a, string b);
        private extern int IndexOfChar(char value, int startIndex);
        private extern int IndexOfString(string value, int startIndex);
        private extern int LastIndexOfString(string value, int endIndex);
        private extern string InternalSubString(int startIndex, int length);
        /// Invariant-culture comparison, -1/0/1 (an approximation of ICU's: see natives/string.rs).
        private static extern int CompareInvariant(string strA, string strB);

        // ---- equality ------------------------------------------------------------------
        // (Compare, CompareOrdinal, CompareTo and the StringComparison forms of
        // Equals are in StringComparing.cs.)

        /// Ordinal equality: the same length and the same code units. Also
        /// the meaning of `==` on strings.
        public static bool Equals(string a, string b)
        {
            return EqualsHelper(a, b);
        }

        public bool Equals(string value)
        {
            return EqualsHelper(this, value);
        }

        /// What csc and mcs compile `==` on strings to (Sharp's compiler too, since these are
        /// declared); ordinal, null equal only to null.
        public static bool operator ==(string a, string b)
        {
            return EqualsHelper(a, b);
        }

        public static bool operator !=(string a, string b)
        {
            return !EqualsHelper(a, b);
        }

        public override bool Equals(object obj)
        {
            return EqualsHelper(this, obj as string);
        }

        /// djb2 over the even and over the odd code units, combined; two units a
        /// step, so the loop has no branch but its own.
        public override int GetHashCode()
        {
            int h1 = 5381;
            int h2 = h1;
            int n = _stringLength;
            int i = 0;
            for (; i + 1 < n; i += 2)
            {
                h1 = ((h1 << 5) + h1) ^ this[i];
                h2 = ((h2 << 5) + h2) ^ this[i + 1];
            }
            if (i < n) h1 = ((h1 << 5) + h1) ^ this[i];
            return h1 + h2 * 1566083941;
        }

        public override string ToString()
        {
            return this;
        }

        /// Strings are immutable, so the clone is the string itself (as in .NET).
        public object Clone()
        {
            return this;
        }

        /// A new string object with the same characters: the one way to get a second,
        /// reference-distinct copy of a string.
        public static string Copy(string str)
        {
            if ((object)str == null) throw new ArgumentNullException("str");
            return CreateFromChars(str.ToCharArray(), 0, str._stringLength);
        }

        public static bool IsNullOrEmpty(string value)
        {
            return (object)value == null || value._stringLength == 0;
        }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if ((object)value == null) return true;
            for (int i = 0; i < value._stringLength; i++)
            {
                if (!char.IsWhiteSpace(value[i])) return false;
            }
            return true;
        }

        // ---- substrings ------------------------------------------------------------------

        public string Substring(int startIndex)
        {
            if (startIndex < 0) ThrowHelper.ArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > _stringLength) ThrowHelper.ArgumentOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
            if (startIndex == 0) return this;
            return InternalSubString(startIndex, _stringLength - startIndex);
        }

        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0) ThrowHelper.ArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > _stringLength) ThrowHelper.ArgumentOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) ThrowHelper.ArgumentOutOfRange("length", "Length cannot be less than zero.");
            if (startIndex > _stringLength - length) ThrowHelper.ArgumentOutOfRange("length", "Index and length must refer to a location within the string.");
            if (startIndex == 0 && length == _stringLength) return this;
            return InternalSubString(startIndex, length);
        }

        /// .NET reports a bad startIndex with the exception's default message.
        public string Insert(int startIndex, string value)
        {
            if ((object)value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex");
            if (_stringLength == 0) return value;
            if (value._stringLength == 0) return this;
            return Concat(InternalSubString(0, startIndex), value, InternalSubString(startIndex, _stringLength - startIndex));
        }

        public string Remove(int startIndex)
        {
            if (startIndex < 0) ThrowHelper.ArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex >= _stringLength) ThrowHelper.ArgumentOutOfRange("startIndex", "startIndex must be less than length of string.");
            return InternalSubString(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) ThrowHelper.ArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) ThrowHelper.ArgumentOutOfRange("count", "Count cannot be less than zero.");
            if (count > _stringLength - startIndex) ThrowHelper.ArgumentOutOfRange("count", "Index and count must refer to a location within the string.");
            if (count == 0) return this;
            return Concat(InternalSubString(0, startIndex), InternalSubString(startIndex + count, _stringLength - startIndex - count));
        }

        public char[] ToCharArray()
        {
            char[] chars = new char[_stringLength];
            for (int i = 0; i < chars.Length; i++) chars[i] = this[i];
            return chars;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) ThrowHelper.ArgumentOutOfRange("count", "Count cannot be less than zero.");
            if (sourceIndex < 0) ThrowHelper.ArgumentOutOfRange("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > _stringLength - sourceIndex) ThrowHelper.ArgumentOutOfRange("sourceIndex", "Index and count must refer to a location within the string.");
            if (destinationIndex > destination.Length - count || destinationIndex < 0) ThrowHelper.ArgumentOutOfRange("destinationIndex", "Index and count must refer to a location within the string.");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = this[sourceIndex + i];
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > _stringLength || startIndex > _stringLength - length) ThrowHelper.ArgumentOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) ThrowHelper.ArgumentOutOfRange("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = this[startIndex + i];
            return chars;
        }

        /// Whether `c` is one of `set`'s characters.
        private static bool Contains(char[] set, char c)
        {
            for (int i = 0; i < set.Length; i++)
            {
                if (set[i] == c) return true;
            }
            return false;
        }

        // ---- transformations -------------------------------------------------------------

        public extern string Replace(char oldChar, char newChar);

        /// Ordinal; a null newValue removes every oldValue.
        public extern string Replace(string oldValue, string newValue);

        public extern string ToUpperInvariant();
        public extern string ToLowerInvariant();

        /// The current culture's mapping in .NET; the invariant one here.
        public string ToUpper()
        {
            return ToUpperInvariant();
        }

        public string ToLower()
        {
            return ToLowerInvariant();
        }

        public string Trim()
        {
            return TrimWhiteSpace(true, true);
        }

        public string TrimStart()
        {
            return TrimWhiteSpace(true, false);
        }

        public string TrimEnd()
        {
            return TrimWhiteSpace(false, true);
        }

        public string Trim(char trimChar)
        {
            return TrimChars(new char[] { trimChar }, true, true);
        }

        public string TrimStart(char trimChar)
        {
            return TrimChars(new char[] { trimChar }, true, false);
        }

        public string TrimEnd(char trimChar)
        {
            return TrimChars(new char[] { trimChar }, false, true);
        }

        /// No characters (null or empty) means white space.
        public string Trim(params char[] trimChars)
        {
            return TrimChars(trimChars, true, true);
        }

        public string TrimStart(params char[] trimChars)
        {
            return TrimChars(trimChars, true, false);
        }

        public string TrimEnd(params char[] trimChars)
        {
            return TrimChars(trimChars, false, true);
        }

        private string TrimWhiteSpace(bool start, bool end)
        {
            int s = 0;
            int e = _stringLength;
            if (start)
            {
                while (s < e && char.IsWhiteSpace(this[s])) s++;
            }
            if (end)
            {
                while (e > s && char.IsWhiteSpace(this[e - 1])) e--;
            }
            return Slice(s, e);
        }

        private string TrimChars(char[] trimChars, bool start, bool end)
        {
            if (trimChars == null || trimChars.Length == 0) return TrimWhiteSpace(start, end);
            int s = 0;
            int e = _stringLength;
            if (start)
            {
                while (s < e && Contains(trimChars, this[s])) s++;
            }
            if (end)
            {
                while (e > s && Contains(trimChars, this[e - 1])) e--;
            }
            return Slice(s, e);
        }

        private string Slice(int start, int end)
        {
            if (start == 0 && end == _stringLength) return this;
            return InternalSubString(start, end - start);
        }

        public string PadLeft(int totalWidth)
        {
            return PadLeft(totalWidth, ' ');
        }

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) ThrowHelper.ArgumentOutOfRange("totalWidth", "Non-negative number required.");
            if (totalWidth <= _stringLength) return this;
            return Concat(new string(paddingChar, totalWidth - _stringLength), this);
        }

        public string PadRight(int totalWidth)
        {
            return PadRight(totalWidth, ' ');
        }

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) ThrowHelper.ArgumentOutOfRange("totalWidth", "Non-negative number required.");
            if (totalWidth <= _stringLength) return this;
            return Concat(this, new string(paddingChar, totalWidth - _stringLength));
        }

        // ---- concatenation, joining, formatting ------------------------------------------

        /// Concatenation treats null as the empty string.
        public static extern string Concat(string str0, string str1);

        public static string Concat(string str0, string str1, string str2)
        {
            return Concat(Concat(str0, str1), str2);
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            return Concat(Concat(str0, str1), Concat(str2, str3));
        }

        public static extern string Concat(params string[] values);

        public static string Concat(object arg0)
        {
            return Str(arg0);
        }

        public static string Concat(object arg0, object arg1)
        {
            return Concat(Str(arg0), Str(arg1));
        }

        public static string Concat(object arg0, object arg1, object arg2)
        {
            return Concat(Str(arg0), Str(arg1), Str(arg2));
        }

        public static string Concat(params object[] args)
        {
            if (args == null) ThrowHelper.ArgumentNull("args");
            string[] parts = new string[args.Length];
            for (int i = 0; i < args.Length; i++) parts[i] = Str(args[i]);
            return Concat(parts);
        }

        private static string Str(object o)
        {
            if (o == null) return "";
            string s = o.ToString();
            if ((object)s == null) return "";
            return s;
        }

        public static string Join(string separator, params string[] value)
        {
            if (value == null) ThrowHelper.ArgumentNull("value");
            return Join(separator, value, 0, value.Length);
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) ThrowHelper.ArgumentNull("value");
            if (startIndex < 0) ThrowHelper.ArgumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) ThrowHelper.ArgumentOutOfRange("count", "Count cannot be less than zero.");
            if (startIndex > value.Length - count) ThrowHelper.ArgumentOutOfRange("startIndex", "Index and count must refer to a location within the buffer.");
            if (count == 0) return "";
            string[] parts = new string[2 * count - 1];
            for (int i = 0; i < count; i++)
            {
                if (i > 0) parts[2 * i - 1] = separator;
                parts[2 * i] = value[startIndex + i];
            }
            return Concat(parts);
        }

        public static string Join(char separator, params string[] value)
        {
            return Join(separator.ToString(), value);
        }

        public static string Join(char separator, string[] value, int startIndex, int count)
        {
            return Join(separator.ToString(), value, startIndex, count);
        }

        public static string Join(char separator, params object[] values)
        {
            return Join(separator.ToString(), values);
        }

        public static string Join<T>(char separator, System.Collections.Generic.IEnumerable<T> values)
        {
            return Join(separator.ToString(), values);
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null) ThrowHelper.ArgumentNull("values");
            string[] parts = new string[values.Length];
            for (int i = 0; i < values.Length; i++) parts[i] = Str(values[i]);
            return Join(separator, parts, 0, parts.Length);
        }

        public static string Join(string separator, System.Collections.Generic.IEnumerable<string> values)
        {
            if (values == null) ThrowHelper.ArgumentNull("values");
            return Join(separator, Parts(values));
        }

        /// Each value's ToString, null values as "" (.NET's string.Join<T>).
        public static string Join<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) ThrowHelper.ArgumentNull("values");
            return Join(separator, Parts(values));
        }

        public static string Concat(System.Collections.Generic.IEnumerable<string> values)
        {
            if (values == null) ThrowHelper.ArgumentNull("values");
            return Concat(Parts(values));
        }

        public static string Concat<T>(System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) ThrowHelper.ArgumentNull("values");
            return Concat(Parts(values));
        }

        /// The strings of a sequence's values, in order.
        private static string[] Parts<T>(System.Collections.Generic.IEnumerable<T> values)
        {
            System.Collections.Generic.List<string> parts = new System.Collections.Generic.List<string>();
            foreach (T v in values)
            {
                parts.Add(v == null ? "" : v.ToString());
            }
            return parts.ToArray();
        }

        /// Composite formatting: "{index[,alignment][:format]}", with "{{" and "}}" for braces.
        public static string Format(string format, object arg0)
        {
            return Formatter.Format(format, new object[] { arg0 });
        }

        public static string Format(string format, object arg0, object arg1)
        {
            return Formatter.Format(format, new object[] { arg0, arg1 });
        }

        public static string Format(string format, object arg0, object arg1, object arg2)
        {
            return Formatter.Format(format, new object[] { arg0, arg1, arg2 });
        }

        public static string Format(string format, params object[] args)
        {
            if (args == null) ThrowHelper.ArgumentNull(format == null ? "format" : "args");
            return Formatter.Format(format, args);
        }
    }
}
