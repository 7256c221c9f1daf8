namespace System.Text
{
    /// Characters to bytes and back. UTF-8 (the default everywhere .NET Core runs), ASCII and
    /// UTF-16 little-endian (`Unicode`); what cannot be encoded or decoded becomes a
    /// replacement character ('?' in ASCII, U+FFFD otherwise), as .NET's default fallbacks do.
    public abstract class Encoding
    {
        private static Encoding s_utf8;
        private static Encoding s_ascii;
        private static Encoding s_unicode;

        /// The IANA name (`WebName`), set by each encoding's constructor.
        internal string _webName;

        protected Encoding()
        {
        }

        /// UTF-8 whose preamble is the byte order mark (StreamWriter writes it when given this).
        public static Encoding UTF8
        {
            get
            {
                if (s_utf8 == null) s_utf8 = new UTF8Encoding(true);
                return s_utf8;
            }
        }

        public static Encoding ASCII
        {
            get
            {
                if (s_ascii == null) s_ascii = new ASCIIEncoding();
                return s_ascii;
            }
        }

        public static Encoding Unicode
        {
            get
            {
                if (s_unicode == null) s_unicode = new UnicodeEncoding();
                return s_unicode;
            }
        }

        public static Encoding Default
        {
            get { return UTF8; }
        }

        public virtual string WebName
        {
            get { return _webName; }
        }

        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        public virtual byte[] GetPreamble()
        {
            return new byte[0];
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetByteCount(s.ToCharArray(), 0, s.Length);
        }

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetByteCount(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s.ToCharArray());
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, index, count, "chars");
            byte[] bytes = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, bytes, 0);
            return bytes;
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s.ToCharArray(), charIndex, charCount, bytes, byteIndex);
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetCharCount(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, index, count, "bytes");
            char[] chars = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, chars, 0);
            return chars;
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetString(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            return new string(GetChars(bytes, index, count));
        }

        internal static void CheckRange(bool isNull, int length, int index, int count, string name)
        {
            if (isNull) throw new ArgumentNullException(name);
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (length - index < count) throw new ArgumentOutOfRangeException(name, "Index and count must refer to a location within the buffer.");
        }
    }

    public class UTF8Encoding : Encoding
    {
        private bool _bom;

        public UTF8Encoding() : this(false)
        {
        }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier)
        {
            _bom = encoderShouldEmitUTF8Identifier;
            _webName = "utf-8";
        }

        public override byte[] GetPreamble()
        {
            if (!_bom) return new byte[0];
            return new byte[] { 0xEF, 0xBB, 0xBF };
        }

        public override int GetMaxByteCount(int charCount)
        {
            return (charCount + 1) * 3;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount + 1;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, index, count, "chars");
            return Encode(chars, index, count, null, 0);
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, charIndex, charCount, "chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (Encode(chars, charIndex, charCount, null, 0) > bytes.Length - byteIndex) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            return Encode(chars, charIndex, charCount, bytes, byteIndex);
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, index, count, "bytes");
            return Decode(bytes, index, index + count, null, 0);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, byteIndex, byteCount, "bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            return Decode(bytes, byteIndex, byteIndex + byteCount, chars, charIndex);
        }

        /// Encodes chars[index..index+count] into `bytes` from `at` (only counts when null); a
        /// lone surrogate becomes U+FFFD. Returns the byte count.
        internal static int Encode(char[] chars, int index, int count, byte[] bytes, int at)
        {
            int start = at;
            int end = index + count;
            for (int i = index; i < end; i++)
            {
                int c = chars[i];
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && i + 1 < end && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
                    {
                        c = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
                        i++;
                    }
                    else
                    {
                        c = 0xFFFD;
                    }
                }
                if (c < 0x80)
                {
                    if (bytes != null) bytes[at] = (byte)c;
                    at += 1;
                }
                else if (c < 0x800)
                {
                    if (bytes != null)
                    {
                        bytes[at] = (byte)(0xC0 | (c >> 6));
                        bytes[at + 1] = (byte)(0x80 | (c & 0x3F));
                    }
                    at += 2;
                }
                else if (c < 0x10000)
                {
                    if (bytes != null)
                    {
                        bytes[at] = (byte)(0xE0 | (c >> 12));
                        bytes[at + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        bytes[at + 2] = (byte)(0x80 | (c & 0x3F));
                    }
                    at += 3;
                }
                else
                {
                    if (bytes != null)
                    {
                        bytes[at] = (byte)(0xF0 | (c >> 18));
                        bytes[at + 1] = (byte)(0x80 | ((c >> 12) & 0x3F));
                        bytes[at + 2] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        bytes[at + 3] = (byte)(0x80 | (c & 0x3F));
                    }
                    at += 4;
                }
            }
            return at - start;
        }

        /// The length of the well-formed sequence starting with the bytes at `i` (1 to 4), or
        /// minus the length of its longest well-formed prefix when it is cut short by `end` or by
        /// a wrong byte (-1 for a byte no sequence starts with): the Unicode standard's "maximal
        /// subpart", which becomes one U+FFFD.
        internal static int Sequence(byte[] b, int i, int end)
        {
            int b0 = b[i];
            if (b0 < 0x80) return 1;
            int need;
            int lo = 0x80, hi = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) need = 1;
            else if (b0 >= 0xE0 && b0 <= 0xEF)
            {
                need = 2;
                if (b0 == 0xE0) lo = 0xA0;
                if (b0 == 0xED) hi = 0x9F;
            }
            else if (b0 >= 0xF0 && b0 <= 0xF4)
            {
                need = 3;
                if (b0 == 0xF0) lo = 0x90;
                if (b0 == 0xF4) hi = 0x8F;
            }
            else return -1;
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= end) return -k;
                int bk = b[i + k];
                if (bk < lo || bk > hi) return -k;
                lo = 0x80;
                hi = 0xBF;
            }
            return need + 1;
        }

        /// Decodes bytes[i..end] into `chars` from `at` (only counts when null). Returns the
        /// char count.
        internal static int Decode(byte[] b, int i, int end, char[] chars, int at)
        {
            int start = at;
            while (i < end)
            {
                int n = Sequence(b, i, end);
                int c;
                if (n < 0)
                {
                    c = 0xFFFD;
                    n = -n;
                }
                else if (n == 1) c = b[i];
                else if (n == 2) c = ((b[i] & 0x1F) << 6) | (b[i + 1] & 0x3F);
                else if (n == 3) c = ((b[i] & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                else c = ((b[i] & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                i += n;
                if (c >= 0x10000)
                {
                    if (chars != null)
                    {
                        chars[at] = (char)(0xD800 + ((c - 0x10000) >> 10));
                        chars[at + 1] = (char)(0xDC00 + ((c - 0x10000) & 0x3FF));
                    }
                    at += 2;
                }
                else
                {
                    if (chars != null) chars[at] = (char)c;
                    at += 1;
                }
            }
            return at - start;
        }

        /// How many bytes at the end of bytes[start..end] begin a sequence the end cut short (a
        /// stream decodes them with the next block).
        internal static int IncompleteTail(byte[] b, int start, int end)
        {
            for (int k = 1; k <= 3 && end - k >= start; k++)
            {
                int bk = b[end - k];
                if (bk < 0x80) return 0;
                if (bk >= 0xC0)
                {
                    int n = Sequence(b, end - k, end);
                    return n == -k ? k : 0;
                }
            }
            return 0;
        }
    }

    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding()
        {
            _webName = "us-ascii";
        }

        public override int GetMaxByteCount(int charCount)
        {
            return charCount + 1;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, index, count, "chars");
            // One byte a UTF-16 unit: each half of a surrogate pair becomes a '?'.
            return count;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, charIndex, charCount, "chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (GetByteCount(chars, charIndex, charCount) > bytes.Length - byteIndex) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            int at = byteIndex;
            for (int i = charIndex; i < charIndex + charCount; i++)
            {
                char c = chars[i];
                bytes[at++] = c < 0x80 ? (byte)c : (byte)'?';
            }
            return at - byteIndex;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, index, count, "bytes");
            return count;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, byteIndex, byteCount, "bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            for (int i = 0; i < byteCount; i++)
            {
                byte b = bytes[byteIndex + i];
                chars[charIndex + i] = b < 0x80 ? (char)b : '\uFFFD';
            }
            return byteCount;
        }
    }

    /// UTF-16 little-endian; its preamble is FF FE.
    public class UnicodeEncoding : Encoding
    {
        public UnicodeEncoding()
        {
            _webName = "utf-16";
        }

        public override byte[] GetPreamble()
        {
            return new byte[] { 0xFF, 0xFE };
        }

        public override int GetMaxByteCount(int charCount)
        {
            return (charCount + 1) * 2;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount / 2 + 2;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, index, count, "chars");
            return count * 2;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars == null, chars == null ? 0 : chars.Length, charIndex, charCount, "chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (charCount * 2 > bytes.Length - byteIndex) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + 2 * i] = (byte)c;
                bytes[byteIndex + 2 * i + 1] = (byte)(c >> 8);
            }
            return charCount * 2;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, index, count, "bytes");
            return (count + 1) / 2;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes == null, bytes == null ? 0 : bytes.Length, byteIndex, byteCount, "bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            int n = byteCount / 2;
            for (int i = 0; i < n; i++) chars[charIndex + i] = (char)(bytes[byteIndex + 2 * i] | (bytes[byteIndex + 2 * i + 1] << 8));
            // An odd last byte is half a character.
            if ((byteCount & 1) != 0) chars[charIndex + n++] = '\uFFFD';
            return n;
        }
    }
}
