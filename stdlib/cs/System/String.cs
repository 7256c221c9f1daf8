namespace System
{
    /// An immutable sequence of UTF-16 code units. The runtime allocates a
    /// string as one object: the length, then the characters inline,
    /// starting at `_firstChar` (the same shape as CoreCLR's).
    public sealed class String
    {
        private int _stringLength;
        private char _firstChar;

        public int Length
        {
            get { return _stringLength; }
        }

        /// The UTF-16 code unit at `index`; IndexOutOfRangeException
        /// outside [0, Length).
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public extern char this[int index] { get; }

        /// Ordinal equality: the same length and the same code units. Also
        /// the meaning of `==` on strings.
        public static bool Equals(string a, string b)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            if (a._stringLength != b._stringLength) return false;
            for (int i = 0; i < a._stringLength; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        public bool Equals(string value)
        {
            return Equals(this, value);
        }

        public override bool Equals(object obj)
        {
            return Equals(this, obj as string);
        }

        public override string ToString()
        {
            return this;
        }

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

        public static extern string Concat(string[] values);
    }
}
