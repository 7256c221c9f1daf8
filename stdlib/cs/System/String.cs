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
