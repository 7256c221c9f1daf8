namespace System
{
    /// Base64 (RFC 4648, with `=` padding), the part of Convert that works on byte arrays.
    public static partial class Convert
    {
        private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            char[] chars = new char[(length + 2) / 3 * 4];
            int at = 0;
            for (int i = 0; i < length; i += 3)
            {
                int n = length - i;
                int b = inArray[offset + i] << 16;
                if (n > 1) b |= inArray[offset + i + 1] << 8;
                if (n > 2) b |= inArray[offset + i + 2];
                chars[at++] = Base64Digits[(b >> 18) & 63];
                chars[at++] = Base64Digits[(b >> 12) & 63];
                chars[at++] = n > 1 ? Base64Digits[(b >> 6) & 63] : '=';
                chars[at++] = n > 2 ? Base64Digits[b & 63] : '=';
            }
            return new string(chars);
        }

        /// The bytes of a Base64 string; white space is ignored, as in .NET.
        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            var digits = new System.Text.StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') digits.Append(c);
            }
            string t = digits.ToString();
            if (t.Length % 4 != 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
            int padding = 0;
            if (t.Length > 0 && t[t.Length - 1] == '=') padding++;
            if (t.Length > 1 && t[t.Length - 2] == '=') padding++;
            byte[] bytes = new byte[t.Length / 4 * 3 - padding];
            int at = 0;
            for (int i = 0; i < t.Length; i += 4)
            {
                int b = 0;
                for (int k = 0; k < 4; k++)
                {
                    char c = t[i + k];
                    int v = Base64Digits.IndexOf(c);
                    bool padded = c == '=' && i + 4 == t.Length && k >= 4 - padding;
                    if (v < 0 && !padded) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                    b = (b << 6) | (v < 0 ? 0 : v);
                }
                if (at < bytes.Length) bytes[at++] = (byte)(b >> 16);
                if (at < bytes.Length) bytes[at++] = (byte)(b >> 8);
                if (at < bytes.Length) bytes[at++] = (byte)b;
            }
            return bytes;
        }
    }
}
