using System.Globalization;

namespace System
{
    /// Parse with NumberStyles, as .NET's number parsing reads the invariant culture: the text
    /// is checked against the style, then rewritten to the plain form the natives in Number
    /// read ("-1234.5E3"), so range checks and rounding stay theirs. Hex (AllowHexSpecifier)
    /// integers are read here. Results are 0 (parsed), 1 (format error) or 2 (overflow).
    internal static class NumberStyleParser
    {
        private const NumberStyles HexAllowed = NumberStyles.HexNumber;
        private const char CurrencySymbol = '\u00A4';

        private static readonly string[] s_overflow =
        {
            "Value was either too large or too small for a signed byte.",
            "Value was either too large or too small for an unsigned byte.",
            "Value was either too large or too small for an Int16.",
            "Value was either too large or too small for a UInt16.",
            "Value was either too large or too small for an Int32.",
            "Value was either too large or too small for a UInt32.",
            "Value was either too large or too small for an Int64.",
            "Value was either too large or too small for a UInt64.",
        };

        /// ArgumentException for bits NumberStyles lacks, or hex mixed with more than white
        /// space, as .NET checks before reading any text (TryParse too).
        internal static void CheckInteger(NumberStyles style)
        {
            CheckDefined(style);
            if ((style & NumberStyles.AllowHexSpecifier) != 0 && (style & ~HexAllowed) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.");
        }

        internal static void CheckFloat(NumberStyles style)
        {
            CheckDefined(style);
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("The number style AllowHexSpecifier is not supported on floating point data types.");
        }

        private static void CheckDefined(NumberStyles style)
        {
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
        }

        /// An integer of kind `kind` (Number's codes), as a long (a ulong's bit pattern).
        internal static long ParseInteger(string s, NumberStyles style, int kind)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            CheckInteger(style);
            long value;
            Raise(TryInteger(s, style, kind, out value), kind);
            return value;
        }

        internal static int TryInteger(string s, NumberStyles style, int kind, out long value)
        {
            value = 0;
            if (s == null) return 1;
            if ((style & NumberStyles.AllowHexSpecifier) != 0) return TryHex(s, style, kind, out value);
            string plain;
            int status = Plain(s, style, true, out plain);
            if (status != 0) return status;
            // A fraction is allowed only when it is zero: "12.00" is 12, "12.5" an overflow.
            int dot = plain.IndexOf('.');
            if (dot >= 0)
            {
                for (int i = dot + 1; i < plain.Length; i++)
                    if (plain[i] != '0') return 2;
                plain = plain.Substring(0, dot);
            }
            status = Number.ParseIntegerStatus(plain, kind);
            if (status == 0) value = Number.ParseInteger(plain, kind);
            return status;
        }

        internal static double ParseDouble(string s, NumberStyles style)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            CheckFloat(style);
            string plain;
            Raise(FloatText(s, style, out plain), -1);
            return Number.ParseDouble(plain);
        }

        internal static float ParseSingle(string s, NumberStyles style)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            CheckFloat(style);
            string plain;
            Raise(FloatText(s, style, out plain), -1);
            return Number.ParseSingle(plain);
        }

        /// The text for Number.ParseDouble/ParseSingle, which read every float form: the plain
        /// number, or a symbol ("NaN", "-Infinity") with the white space the style allows cut.
        internal static int FloatText(string s, NumberStyles style, out string plain)
        {
            plain = null;
            if (s == null) return 1;
            if (Plain(s, style, false, out plain) == 0) return 0;
            int start = 0, end = s.Length;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (start < end && IsWhite(s[start])) start++;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (end > start && IsWhite(s[end - 1])) end--;
            int first = start;
            if (first < end && (s[first] == '-' || s[first] == '+')) first++;
            if (first >= end || !(s[first] == 'N' || s[first] == 'n' || s[first] == 'I' || s[first] == 'i' || s[first] == '\u221E')) return 1;
            plain = s.Substring(start, end - start);
            return Number.ParseDoubleStatus(plain) == 0 ? 0 : 1;
        }

        internal static decimal ParseDecimal(string s, NumberStyles style)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            CheckFloat(style);
            string plain;
            Raise(DecimalText(s, style, out plain), -2);
            return Number.ParseDecimal(plain);
        }

        internal static int DecimalText(string s, NumberStyles style, out string plain)
        {
            plain = null;
            if (s == null) return 1;
            int status = Plain(s, style, true, out plain);
            if (status != 0) return status;
            return Number.ParseDecimalStatus(plain);
        }

        /// Throws what `status` stands for; `kind` is an integer kind, or -1 for floats (which
        /// do not overflow), -2 for decimal.
        internal static void Raise(int status, int kind)
        {
            if (status == 1) ThrowHelper.Format();
            if (status == 2)
                ThrowHelper.Overflow(kind >= 0 ? s_overflow[kind] : "Value was either too large or too small for a Decimal.");
        }

        private static bool IsWhite(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        /// Hex digits, no sign or prefix: the bits of the type, so "FFFFFFFF" is -1 as an int.
        private static int TryHex(string s, NumberStyles style, int kind, out long value)
        {
            value = 0;
            int i = 0, n = s.Length;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            int bits = kind < 2 ? 8 : kind < 4 ? 16 : kind < 6 ? 32 : 64;
            ulong v = 0;
            int start = i;
            bool overflow = false;
            for (; i < n; i++)
            {
                int d = HexDigit(s[i]);
                if (d < 0) break;
                if ((v >> (bits - 4)) != 0) overflow = true;
                v = (v << 4) | (ulong)d;
            }
            if (i == start) return 1;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            while (i < n && s[i] == '\0') i++;
            if (i < n) return 1;
            if (overflow) return 2;
            if (bits < 64)
            {
                v &= (1UL << bits) - 1;
                // Signed kinds (even codes) take the top bit as the sign.
                if (kind % 2 == 0 && (v >> (bits - 1)) != 0) v |= ~((1UL << bits) - 1);
            }
            value = (long)v;
            return 0;
        }

        private static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        /// Reads `s` as `style` allows and writes it plainly: sign, digits, '.', digits, and
        /// (unless `fixedPoint`) an exponent. With `fixedPoint` the exponent moves the point
        /// instead, and a value far too large for any integer or decimal is an overflow.
        private static int Plain(string s, NumberStyles style, bool fixedPoint, out string plain)
        {
            plain = null;
            int i = 0, n = s.Length;
            bool negative = false, signed = false, parens = false, currency = false;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            while (i < n)
            {
                char c = s[i];
                if (!signed && (style & NumberStyles.AllowLeadingSign) != 0 && (c == '-' || c == '+'))
                {
                    negative = c == '-';
                    signed = true;
                }
                else if (!signed && (style & NumberStyles.AllowParentheses) != 0 && c == '(')
                {
                    negative = parens = signed = true;
                }
                else if (!currency && (style & NumberStyles.AllowCurrencySymbol) != 0 && c == CurrencySymbol)
                {
                    currency = true;
                }
                // White space may follow a currency symbol, not a bare sign.
                else if (currency && (style & NumberStyles.AllowLeadingWhite) != 0 && IsWhite(c))
                {
                }
                else break;
                i++;
            }

            var digits = new System.Text.StringBuilder();
            int integerDigits = 0;
            bool point = false;
            while (i < n)
            {
                char c = s[i];
                if (IsDigit(c))
                {
                    digits.Append(c);
                    if (!point) integerDigits++;
                }
                else if (!point && c == '.' && (style & NumberStyles.AllowDecimalPoint) != 0) point = true;
                else if (!point && c == ',' && digits.Length > 0 && (style & NumberStyles.AllowThousands) != 0) { }
                else break;
                i++;
            }
            if (digits.Length == 0) return 1;

            long exponent = 0;
            if (i < n && (s[i] == 'e' || s[i] == 'E') && (style & NumberStyles.AllowExponent) != 0)
            {
                // An 'e' without digits after it is not an exponent: it stays unread.
                int j = i + 1;
                bool negativeExponent = false;
                if (j < n && (s[j] == '-' || s[j] == '+')) negativeExponent = s[j++] == '-';
                if (j < n && IsDigit(s[j]))
                {
                    for (; j < n && IsDigit(s[j]); j++)
                        if (exponent < 100000) exponent = exponent * 10 + (s[j] - '0');
                    if (negativeExponent) exponent = -exponent;
                    i = j;
                }
            }

            bool closed = false;
            while (i < n)
            {
                char c = s[i];
                if (!signed && (style & NumberStyles.AllowTrailingSign) != 0 && (c == '-' || c == '+'))
                {
                    negative = c == '-';
                    signed = true;
                }
                else if (parens && !closed && c == ')') closed = true;
                else if (!currency && (style & NumberStyles.AllowCurrencySymbol) != 0 && c == CurrencySymbol) currency = true;
                else if ((style & NumberStyles.AllowTrailingWhite) != 0 && IsWhite(c)) { }
                else break;
                i++;
            }
            if (parens && !closed) return 1;
            while (i < n && s[i] == '\0') i++;
            if (i < n) return 1;

            string all = digits.ToString();
            string sign = negative ? "-" : "";
            if (!fixedPoint)
            {
                plain = sign + (integerDigits == 0 ? "0" : all.Substring(0, integerDigits));
                if (integerDigits < all.Length) plain += "." + all.Substring(integerDigits);
                if (exponent != 0) plain += "E" + exponent.ToString();
                return 0;
            }
            return FixedPoint(sign, all, integerDigits + exponent, out plain);
        }

        /// `digits` with the point after `pointAt` of them (which may be outside the digits).
        private static int FixedPoint(string sign, string digits, long pointAt, out string plain)
        {
            plain = null;
            int first = 0;
            while (first < digits.Length && digits[first] == '0') { first++; pointAt--; }
            digits = digits.Substring(first);
            if (digits.Length == 0)
            {
                plain = sign + "0";
                return 0;
            }
            // No integer or decimal has 40 integer digits; far below 1, a value rounds to 0.
            if (pointAt > 40) return 2;
            if (pointAt < -100)
            {
                plain = sign + "0";
                return 0;
            }
            if (pointAt <= 0)
                plain = sign + "0." + new string('0', (int)-pointAt) + digits;
            else if (pointAt >= digits.Length)
                plain = sign + digits + new string('0', (int)pointAt - digits.Length);
            else
                plain = sign + digits.Substring(0, (int)pointAt) + "." + digits.Substring((int)pointAt);
            return 0;
        }
    }
}
