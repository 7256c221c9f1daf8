namespace System
{
    /// A 128-bit globally unique identifier. The fields are .NET's, in its order, so the struct
    /// is 16 bytes laid out as ToByteArray returns them (`_a`, `_b` and `_c` little-endian, then
    /// the eight bytes as they are), and the hash code and equality read it as four 32-bit words
    /// the way .NET Core 3.1's do.
    ///
    /// Parsing and formatting follow .NET Core 3.1: the N, D, B, P and X formats, lowercase hex
    /// out, either case in, whitespace trimmed at the ends (and anywhere in X), and its
    /// FormatException messages. Its compatibility quirks are kept too: a D component may start
    /// with "+" and "0x" inside its fixed width, an X component may have any number of digits
    /// (a 16-bit one is cut to 16 bits, a byte over 0xff fails), and a segment read as a whole
    /// 8-digit hex number may end in NUL characters, as uint.Parse allows.
    public struct Guid : IComparable, IComparable<Guid>, IEquatable<Guid>, IFormattable
    {
        public static readonly Guid Empty;

        private int _a;
        private short _b;
        private short _c;
        private byte _d;
        private byte _e;
        private byte _f;
        private byte _g;
        private byte _h;
        private byte _i;
        private byte _j;
        private byte _k;

        /// The 16 bytes in ToByteArray's order: `_a`, `_b` and `_c` little-endian.
        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for GUID must be exactly 16 bytes long.", "b");
            _a = b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0];
            _b = (short)(b[5] << 8 | b[4]);
            _c = (short)(b[7] << 8 | b[6]);
            _d = b[8];
            _e = b[9];
            _f = b[10];
            _g = b[11];
            _h = b[12];
            _i = b[13];
            _j = b[14];
            _k = b[15];
        }

        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = (int)a;
            _b = (short)b;
            _c = (short)c;
            _d = d;
            _e = e;
            _f = f;
            _g = g;
            _h = h;
            _i = i;
            _j = j;
            _k = k;
        }

        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null) throw new ArgumentNullException("d");
            if (d.Length != 8) throw new ArgumentException("Byte array for GUID must be exactly 8 bytes long.", "d");
            _a = a;
            _b = b;
            _c = c;
            _d = d[0];
            _e = d[1];
            _f = d[2];
            _g = d[3];
            _h = d[4];
            _i = d[5];
            _j = d[6];
            _k = d[7];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a;
            _b = b;
            _c = c;
            _d = d;
            _e = e;
            _f = f;
            _g = g;
            _h = h;
            _i = i;
            _j = j;
            _k = k;
        }

        /// Parses as Parse does, but an X-format component past 32 bits throws
        /// OverflowException here where Parse throws FormatException (as .NET Core 3.1 does).
        public Guid(string g)
        {
            if (g == null) throw new ArgumentNullException("g");
            Guid parsed = new Guid();
            int failure = ParseAny(g, ref parsed);
            if (failure != Ok) Fail(failure, true);
            this = parsed;
        }

        // ---- Random GUIDs ----

        /// Fills the array with bytes from the operating system's secure random source.
        private static extern void FillRandomBytes(byte[] buffer);

        /// A version-4 (random) GUID per RFC 4122: 122 random bits, the version nibble (the top
        /// of `_c`) set to 4 and the variant bits (the top two of `_d`) to binary 10.
        public static Guid NewGuid()
        {
            byte[] bytes = new byte[16];
            FillRandomBytes(bytes);
            Guid g = new Guid(bytes);
            g._c = (short)((g._c & 0x0FFF) | 0x4000);
            g._d = (byte)((g._d & 0x3F) | 0x80);
            return g;
        }

        // ---- Parsing ----

        // What a parse failed on; each stands for one of .NET's messages (see Message).
        private const int Ok = 0;
        private const int InvalidLength = 1;
        private const int BadDashes = 2;
        private const int InvalidChar = 3;
        private const int Unrecognized = 4;
        private const int BadBrace = 5;
        private const int NoHexPrefix = 6;
        private const int NoComma = 7;
        private const int NoBraceAfterLastNumber = 8;
        private const int NoEndBrace = 9;
        private const int ExtraJunk = 10;
        private const int ByteOverflow = 11;
        // An X-format component of more than 8 significant digits: an OverflowException from
        // the constructor, the generic "Unrecognized Guid format." from Parse.
        private const int UInt32Overflow = 12;

        private static string Message(int failure)
        {
            switch (failure)
            {
                case InvalidLength: return "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";
                case BadDashes: return "Dashes are in the wrong position for GUID parsing.";
                case InvalidChar: return "Guid string should only contain hexadecimal characters.";
                case BadBrace: return "Expected {0xdddddddd, etc}.";
                case NoHexPrefix: return "Expected 0x prefix.";
                case NoComma: return "Could not find a comma, or the length between the previous token and the comma was zero (i.e., '0x,'etc.).";
                case NoBraceAfterLastNumber: return "Could not find a brace, or the length between the previous token and the brace was zero (i.e., '0x,'etc.).";
                case NoEndBrace: return "Could not find the ending brace.";
                case ExtraJunk: return "Additional non-parsable characters are at the end of the string.";
                case ByteOverflow: return "Value was either too large or too small for an unsigned byte.";
                case UInt32Overflow: return "Value was either too large or too small for a UInt32.";
                default: return "Unrecognized Guid format.";
            }
        }

        /// Throws the exception for a failed parse; `fromConstructor` makes a 32-bit overflow an
        /// OverflowException with its own message rather than a FormatException.
        private static void Fail(int failure, bool fromConstructor)
        {
            if (failure == UInt32Overflow)
            {
                if (fromConstructor) throw new OverflowException(Message(UInt32Overflow));
                throw new FormatException(Message(Unrecognized));
            }
            throw new FormatException(Message(failure));
        }

        private const string BadFormatMessage = "Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".";

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            Guid g = new Guid();
            int failure = ParseAny(input, ref g);
            if (failure != Ok) Fail(failure, false);
            return g;
        }

        public static bool TryParse(string input, out Guid result)
        {
            result = new Guid();
            if (input == null) return false;
            Guid g = new Guid();
            if (ParseAny(input, ref g) != Ok) return false;
            result = g;
            return true;
        }

        public static Guid ParseExact(string input, string format)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            if (format.Length != 1) throw new FormatException(BadFormatMessage);
            Guid g = new Guid();
            int failure = ParseFormat(Trim(input), format[0], ref g);
            if (failure < 0) throw new FormatException(BadFormatMessage);
            if (failure != Ok) Fail(failure, false);
            return g;
        }

        /// False for a null input and for a null or unknown format, never an exception.
        public static bool TryParseExact(string input, string format, out Guid result)
        {
            result = new Guid();
            if (input == null || format == null || format.Length != 1) return false;
            Guid g = new Guid();
            if (ParseFormat(Trim(input), format[0], ref g) != Ok) return false;
            result = g;
            return true;
        }

        /// Parses the trimmed string in the format its first character and dashes suggest: "("
        /// is P, "{" is B with a dash and X without, anything else D with a dash and N without.
        private static int ParseAny(string s, ref Guid g)
        {
            s = Trim(s);
            if (s.Length == 0) return Unrecognized;
            char first = s[0];
            if (first == '(') return ParseP(s, ref g);
            bool dash = s.IndexOf('-') >= 0;
            if (first == '{') return dash ? ParseB(s, ref g) : ParseX(s, ref g);
            return dash ? ParseD(s, 0, s.Length, ref g) : ParseN(s, ref g);
        }

        /// The parse for one format letter, either case; -1 for an unknown letter.
        private static int ParseFormat(string s, char format, ref Guid g)
        {
            switch ((char)(format | 0x20))
            {
                case 'd': return ParseD(s, 0, s.Length, ref g);
                case 'n': return ParseN(s, ref g);
                case 'b': return ParseB(s, ref g);
                case 'p': return ParseP(s, ref g);
                case 'x': return ParseX(s, ref g);
                default: return -1;
            }
        }

        /// The string without the whitespace (char.IsWhiteSpace) at its ends.
        private static string Trim(string s)
        {
            int start = 0;
            int end = s.Length;
            while (start < end && char.IsWhiteSpace(s[start])) start++;
            while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
            if (start == 0 && end == s.Length) return s;
            return s.Substring(start, end - start);
        }

        /// "{dddddddd-dddd-dddd-dddd-dddddddddddd}".
        private static int ParseB(string s, ref Guid g)
        {
            if (s.Length != 38 || s[0] != '{' || s[37] != '}') return InvalidLength;
            return ParseD(s, 1, 36, ref g);
        }

        /// "(dddddddd-dddd-dddd-dddd-dddddddddddd)".
        private static int ParseP(string s, ref Guid g)
        {
            if (s.Length != 38 || s[0] != '(' || s[37] != ')') return InvalidLength;
            return ParseD(s, 1, 36, ref g);
        }

        /// "dddddddd-dddd-dddd-dddd-dddddddddddd" at `start` of `s`, `length` long. The first
        /// five components go through ParseHex, so "+" and "0x" may lead them within their
        /// width; the last eight digits must be plain hex.
        private static int ParseD(string s, int start, int length, ref Guid g)
        {
            if (length != 36) return InvalidLength;
            if (s[start + 8] != '-' || s[start + 13] != '-' || s[start + 18] != '-' || s[start + 23] != '-') return BadDashes;
            uint a, b, c, de, fg, hijk;
            bool overflow = false;
            if (!ParseHex(s, start, 8, out a, ref overflow)
                || !ParseHex(s, start + 9, 4, out b, ref overflow)
                || !ParseHex(s, start + 14, 4, out c, ref overflow)
                || !ParseHex(s, start + 19, 4, out de, ref overflow)
                || !ParseHex(s, start + 24, 4, out fg, ref overflow)
                || !ParseHexWord(s, start + 28, out hijk))
            {
                return InvalidChar;
            }
            g._a = (int)a;
            g._b = (short)b;
            g._c = (short)c;
            g._d = (byte)(de >> 8);
            g._e = (byte)de;
            g._f = (byte)(fg >> 8);
            g._g = (byte)fg;
            SetLastWord(ref g, hijk);
            return Ok;
        }

        /// "dddddddddddddddddddddddddddddddd": four 8-digit hex words.
        private static int ParseN(string s, ref Guid g)
        {
            if (s.Length != 32) return InvalidLength;
            uint a, bc, defg, hijk;
            if (!ParseHexWord(s, 0, out a) || !ParseHexWord(s, 8, out bc)
                || !ParseHexWord(s, 16, out defg) || !ParseHexWord(s, 24, out hijk))
            {
                return InvalidChar;
            }
            g._a = (int)a;
            g._b = (short)(bc >> 16);
            g._c = (short)bc;
            g._d = (byte)(defg >> 24);
            g._e = (byte)(defg >> 16);
            g._f = (byte)(defg >> 8);
            g._g = (byte)defg;
            SetLastWord(ref g, hijk);
            return Ok;
        }

        private static void SetLastWord(ref Guid g, uint hijk)
        {
            g._h = (byte)(hijk >> 24);
            g._i = (byte)(hijk >> 16);
            g._j = (byte)(hijk >> 8);
            g._k = (byte)hijk;
        }

        /// "{0xdddddddd,0xdddd,0xdddd,{0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd}}", with
        /// whitespace allowed anywhere and components of any number of digits.
        private static int ParseX(string s, ref Guid g)
        {
            s = RemoveWhiteSpace(s);
            if (s.Length == 0 || s[0] != '{') return BadBrace;
            if (!IsHexPrefix(s, 1)) return NoHexPrefix;

            // `start` is where a component's digits begin, `length` how many chars up to the
            // comma (or brace) after it.
            int start = 3;
            int length = IndexFrom(s, start, ',');
            if (length <= 0) return NoComma;
            bool overflow = false;
            uint value;
            if (!ParseHex(s, start, length, out value, ref overflow) || overflow) return overflow ? UInt32Overflow : InvalidChar;
            g._a = (int)value;

            if (!IsHexPrefix(s, start + length + 1)) return NoHexPrefix;
            start = start + length + 3;
            length = IndexFrom(s, start, ',');
            if (length <= 0) return NoComma;
            if (!ParseHex(s, start, length, out value, ref overflow) || overflow) return overflow ? UInt32Overflow : InvalidChar;
            g._b = (short)value;

            if (!IsHexPrefix(s, start + length + 1)) return NoHexPrefix;
            start = start + length + 3;
            length = IndexFrom(s, start, ',');
            if (length <= 0) return NoComma;
            if (!ParseHex(s, start, length, out value, ref overflow) || overflow) return overflow ? UInt32Overflow : InvalidChar;
            g._c = (short)value;

            if (start + length + 1 >= s.Length || s[start + length + 1] != '{') return BadBrace;
            length++; // step over the inner '{' as well as the comma
            byte[] bytes = new byte[8];
            for (int n = 0; n < 8; n++)
            {
                if (!IsHexPrefix(s, start + length + 1)) return NoHexPrefix;
                start = start + length + 3;
                if (n < 7)
                {
                    length = IndexFrom(s, start, ',');
                    if (length <= 0) return NoComma;
                }
                else
                {
                    length = IndexFrom(s, start, '}');
                    if (length <= 0) return NoBraceAfterLastNumber;
                }
                if (!ParseHex(s, start, length, out value, ref overflow) || overflow) return overflow ? UInt32Overflow : InvalidChar;
                if (value > 0xFF) return ByteOverflow;
                bytes[n] = (byte)value;
            }
            if (start + length + 1 >= s.Length || s[start + length + 1] != '}') return NoEndBrace;
            if (start + length + 1 != s.Length - 1) return ExtraJunk;

            g._d = bytes[0];
            g._e = bytes[1];
            g._f = bytes[2];
            g._g = bytes[3];
            g._h = bytes[4];
            g._i = bytes[5];
            g._j = bytes[6];
            g._k = bytes[7];
            return Ok;
        }

        /// How far past `start` the first `c` is, -1 if there is none.
        private static int IndexFrom(string s, int start, char c)
        {
            int at = s.IndexOf(c, start);
            return at < 0 ? -1 : at - start;
        }

        /// Whether "0x" or "0X" is at `i`.
        private static bool IsHexPrefix(string s, int i)
        {
            return i + 1 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x';
        }

        private static string RemoveWhiteSpace(string s)
        {
            int i = 0;
            while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
            if (i == s.Length) return s;
            char[] chars = new char[s.Length];
            int n = 0;
            for (int j = 0; j < s.Length; j++)
            {
                if (!char.IsWhiteSpace(s[j])) chars[n++] = s[j];
            }
            return new string(chars, 0, n);
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        /// A hex component of `length` chars at `start`, after an optional "+" and then an
        /// optional "0x"; nothing left after them reads as 0. More than 8 significant digits set
        /// `overflow` (the value keeps the low 32 bits), even when a bad char follows them.
        private static bool ParseHex(string s, int start, int length, out uint result, ref bool overflow)
        {
            int i = start;
            int end = start + length;
            if (i < end && s[i] == '+') i++;
            if (end - i > 1 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
            while (i < end && s[i] == '0') i++;
            int digits = 0;
            uint value = 0;
            for (; i < end; i++)
            {
                int v = HexValue(s[i]);
                if (v < 0)
                {
                    if (digits > 8) overflow = true;
                    result = 0;
                    return false;
                }
                value = unchecked(value * 16 + (uint)v);
                digits++;
            }
            if (digits > 8) overflow = true;
            result = value;
            return true;
        }

        /// The 8 chars at `start` as one hex number the way uint.Parse reads it with
        /// NumberStyles.AllowHexSpecifier: at least one digit first, and only NUL chars after
        /// the digits.
        private static bool ParseHexWord(string s, int start, out uint result)
        {
            int end = start + 8;
            uint value = 0;
            int i = start;
            while (i < end)
            {
                int v = HexValue(s[i]);
                if (v < 0) break;
                value = value * 16 + (uint)v;
                i++;
            }
            result = value;
            if (i == start) return false;
            for (; i < end; i++)
            {
                if (s[i] != '\0') return false;
            }
            return true;
        }

        // ---- Formatting ----

        /// The 16 bytes, `_a`, `_b` and `_c` little-endian: what Guid(byte[]) takes back.
        public byte[] ToByteArray()
        {
            byte[] b = new byte[16];
            b[0] = (byte)_a;
            b[1] = (byte)(_a >> 8);
            b[2] = (byte)(_a >> 16);
            b[3] = (byte)(_a >> 24);
            b[4] = (byte)_b;
            b[5] = (byte)(_b >> 8);
            b[6] = (byte)_c;
            b[7] = (byte)(_c >> 8);
            b[8] = _d;
            b[9] = _e;
            b[10] = _f;
            b[11] = _g;
            b[12] = _h;
            b[13] = _i;
            b[14] = _j;
            b[15] = _k;
            return b;
        }

        /// The D format: "dddddddd-dddd-dddd-dddd-dddddddddddd".
        public override string ToString()
        {
            return ToString("D");
        }

        /// N (32 digits), D (dashes, the default for null or ""), B (D in braces), P (D in
        /// parentheses) or X ("{0xdddddddd,0xdddd,0xdddd,{0xdd,...}}"), either case; the digits
        /// are lowercase whatever the letter's case.
        public string ToString(string format)
        {
            if (format == null || format.Length == 0) format = "D";
            if (format.Length != 1) throw new FormatException(BadFormatMessage);
            char f = format[0];
            char open = '\0';
            char close = '\0';
            bool dashes = true;
            int size;
            if (f == 'D' || f == 'd')
            {
                size = 36;
            }
            else if (f == 'N' || f == 'n')
            {
                size = 32;
                dashes = false;
            }
            else if (f == 'B' || f == 'b')
            {
                size = 38;
                open = '{';
                close = '}';
            }
            else if (f == 'P' || f == 'p')
            {
                size = 38;
                open = '(';
                close = ')';
            }
            else if (f == 'X' || f == 'x')
            {
                return FormatX();
            }
            else
            {
                throw new FormatException(BadFormatMessage);
            }

            char[] chars = new char[size];
            int p = 0;
            if (open != '\0') chars[p++] = open;
            p = PutHex(chars, p, _a, 8);
            if (dashes) chars[p++] = '-';
            p = PutHex(chars, p, _b, 4);
            if (dashes) chars[p++] = '-';
            p = PutHex(chars, p, _c, 4);
            if (dashes) chars[p++] = '-';
            p = PutHex(chars, p, _d, 2);
            p = PutHex(chars, p, _e, 2);
            if (dashes) chars[p++] = '-';
            p = PutHex(chars, p, _f, 2);
            p = PutHex(chars, p, _g, 2);
            p = PutHex(chars, p, _h, 2);
            p = PutHex(chars, p, _i, 2);
            p = PutHex(chars, p, _j, 2);
            p = PutHex(chars, p, _k, 2);
            if (close != '\0') chars[p++] = close;
            return new string(chars);
        }

        /// A Guid's text is the same in every culture, so the provider is unused (as in .NET).
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        /// "{0xdddddddd,0xdddd,0xdddd,{0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd,0xdd}}" (68 chars).
        private string FormatX()
        {
            char[] chars = new char[68];
            int p = 0;
            chars[p++] = '{';
            p = PutPrefixedHex(chars, p, _a, 8);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _b, 4);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _c, 4);
            chars[p++] = ',';
            chars[p++] = '{';
            p = PutPrefixedHex(chars, p, _d, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _e, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _f, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _g, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _h, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _i, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _j, 2);
            chars[p++] = ',';
            p = PutPrefixedHex(chars, p, _k, 2);
            chars[p++] = '}';
            chars[p++] = '}';
            return new string(chars);
        }

        /// The low `digits` nibbles of `value`, most significant first, in lowercase hex at
        /// `p`; returns the index after them.
        private static int PutHex(char[] chars, int p, int value, int digits)
        {
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            {
                int nibble = (value >> shift) & 0xF;
                chars[p++] = (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            }
            return p;
        }

        private static int PutPrefixedHex(char[] chars, int p, int value, int digits)
        {
            chars[p++] = '0';
            chars[p++] = 'x';
            return PutHex(chars, p, value, digits);
        }

        // ---- Equality, hashing and order ----

        /// .NET Core 3.1's: the XOR of the struct's four little-endian 32-bit words.
        public override int GetHashCode()
        {
            int bc = (ushort)_b | _c << 16;
            int defg = _d | _e << 8 | _f << 16 | _g << 24;
            int hijk = _h | _i << 8 | _j << 16 | _k << 24;
            return _a ^ bc ^ defg ^ hijk;
        }

        public override bool Equals(object o)
        {
            return o is Guid && Equals((Guid)o);
        }

        public bool Equals(Guid g)
        {
            return g._a == _a && g._b == _b && g._c == _c && g._d == _d && g._e == _e && g._f == _f
                && g._g == _g && g._h == _h && g._i == _i && g._j == _j && g._k == _k;
        }

        public static bool operator ==(Guid a, Guid b)
        {
            return a.Equals(b);
        }

        public static bool operator !=(Guid a, Guid b)
        {
            return !a.Equals(b);
        }

        /// Field by field in declaration order, each as an unsigned number (`_a` as a uint, `_b`
        /// and `_c` as ushorts, then the bytes), which sorts GUIDs as their D strings sort
        /// ordinally. The result is always -1, 0 or 1, as .NET's is.
        public int CompareTo(Guid value)
        {
            if (value._a != _a) return Order((uint)_a, (uint)value._a);
            if (value._b != _b) return Order((ushort)_b, (ushort)value._b);
            if (value._c != _c) return Order((ushort)_c, (ushort)value._c);
            if (value._d != _d) return Order(_d, value._d);
            if (value._e != _e) return Order(_e, value._e);
            if (value._f != _f) return Order(_f, value._f);
            if (value._g != _g) return Order(_g, value._g);
            if (value._h != _h) return Order(_h, value._h);
            if (value._i != _i) return Order(_i, value._i);
            if (value._j != _j) return Order(_j, value._j);
            if (value._k != _k) return Order(_k, value._k);
            return 0;
        }

        /// 1 for null; ArgumentException for anything not a Guid.
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Guid)) throw new ArgumentException("Object must be of type GUID.", "value");
            return CompareTo((Guid)value);
        }

        private static int Order(uint me, uint them)
        {
            return me < them ? -1 : 1;
        }
    }
}
