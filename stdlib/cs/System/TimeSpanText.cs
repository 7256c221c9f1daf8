namespace System
{
    /// TimeSpan to text and back, as .NET Core 3.1 does it with the invariant culture.
    ///
    /// Out: "c" (also "t", "T", null and "") is `[-][d.]hh:mm:ss[.fffffff]`, "g" is
    /// `[-][d:]h:mm:ss[.FFFFFFF]` and "G" is `[-]d:hh:mm:ss.fffffff`; any longer format is custom,
    /// built from d…dddddddd, h, hh, m, mm, s, ss, f…fffffff and F…FFFFFFF, with every other
    /// character quoted ('…' or "…") or escaped (\x). A custom format writes no sign.
    ///
    /// In: Parse reads numbers and the separators between them and matches them against the
    /// invariant culture's two layouts (days before '.' as "c" writes them, before ':' as "g"
    /// writes them), each with or without a leading '-'. ParseExact reads "c" with .NET's
    /// older, stricter parser, "g" and "G" with the ':' layout only, and a custom format
    /// character by character. The quirks are .NET's: a fraction of more than seven digits is
    /// rounded only when it starts with a zero, a number past 28 bits is an overflow whatever
    /// it stands for, and a custom "F" that finds no digit at the start of the input still
    /// uses up its first character.
    ///
    /// Every method that takes an IFormatProvider ignores it (the library is invariant-only).
    public partial struct TimeSpan
    {
        private const string InvalidFormatMessage = "Input string was not in a correct format.";

        // ---- Formatting ----

        public string ToString(string format)
        {
            return ToString(format, null);
        }

        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0) return ToString();
            if (format.Length == 1)
            {
                char c = format[0];
                if (c == 'c' || c == 't' || c == 'T') return ToString();
                if (c == 'g' || c == 'G') return FormatGeneral(c == 'G');
                throw new FormatException(InvalidFormatMessage);
            }
            var sb = new System.Text.StringBuilder();
            AppendCustom(sb, format);
            return sb.ToString();
        }

        /// "g" (`full` false): days and their ':' only when there are any, a one-digit hour
        /// when it fits, the fraction only when it is not zero and without its trailing zeros.
        /// "G" (`full` true): always days, two-digit hours and seven fraction digits.
        private string FormatGeneral(bool full)
        {
            long ticks = _ticks;
            // As in ToString(): MinValue has no positive long, so negate the parts.
            long days = ticks / TicksPerDay;
            long rest = ticks % TicksPerDay;
            var sb = new System.Text.StringBuilder();
            if (ticks < 0)
            {
                sb.Append('-');
                days = -days;
                rest = -rest;
            }
            if (days != 0) sb.Append(days).Append(':');
            else if (full) sb.Append("0:");
            long hours = rest / TicksPerHour;
            sb.Append(full ? hours.ToString("D2") : hours.ToString()).Append(':');
            sb.Append((rest / TicksPerMinute % 60).ToString("D2")).Append(':');
            sb.Append((rest / TicksPerSecond % 60).ToString("D2"));
            long fraction = rest % TicksPerSecond;
            if (full)
            {
                sb.Append('.').Append(fraction.ToString("D7"));
            }
            else if (fraction != 0)
            {
                int digits = 7;
                while (fraction % 10 == 0)
                {
                    fraction /= 10;
                    digits--;
                }
                sb.Append('.').Append(fraction.ToString("D" + digits));
            }
            return sb.ToString();
        }

        /// Writes a custom format. Parts come from the magnitude, so a negative value is written
        /// as its absolute value: .NET's custom formats have no sign specifier.
        private void AppendCustom(System.Text.StringBuilder sb, string format)
        {
            long ticks = _ticks;
            int day = (int)(ticks / TicksPerDay);
            long time = ticks % TicksPerDay;
            if (ticks < 0)
            {
                day = -day;
                time = -time;
            }
            int hours = (int)(time / TicksPerHour % 24);
            int minutes = (int)(time / TicksPerMinute % 60);
            int seconds = (int)(time / TicksPerSecond % 60);
            int fraction = (int)(time % TicksPerSecond);

            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int len;
                switch (ch)
                {
                    case 'h':
                    case 'm':
                    case 's':
                        len = Repeat(format, i);
                        if (len > 2) throw new FormatException(InvalidFormatMessage);
                        int part = ch == 'h' ? hours : ch == 'm' ? minutes : seconds;
                        sb.Append(len == 1 ? part.ToString() : part.ToString("D2"));
                        break;
                    case 'd':
                        len = Repeat(format, i);
                        if (len > 8) throw new FormatException(InvalidFormatMessage);
                        sb.Append(day.ToString("D" + len));
                        break;
                    case 'f':
                        len = Repeat(format, i);
                        if (len > 7) throw new FormatException(InvalidFormatMessage);
                        sb.Append((fraction / (int)Pow10(7 - len)).ToString("D" + len));
                        break;
                    case 'F':
                        {
                            len = Repeat(format, i);
                            if (len > 7) throw new FormatException(InvalidFormatMessage);
                            // The first `len` digits, less their trailing zeros; nothing if all are zero.
                            int kept = fraction / (int)Pow10(7 - len);
                            int digits = len;
                            while (digits > 0 && kept % 10 == 0)
                            {
                                kept /= 10;
                                digits--;
                            }
                            if (digits > 0) sb.Append(kept.ToString("D" + digits));
                            break;
                        }
                    case '\'':
                    case '"':
                        len = ReadQuoted(format, i, sb);
                        if (len < 0) throw new FormatException(InvalidFormatMessage);
                        if (len == 0) throw new FormatException(BadQuoteMessage(ch));
                        break;
                    case '%':
                        // "%x" is the one-character format "x" written in place; "%%" and a
                        // final '%' are errors.
                        if (i + 1 >= format.Length || format[i + 1] == '%') throw new FormatException(InvalidFormatMessage);
                        AppendCustom(sb, format.Substring(i + 1, 1));
                        len = 2;
                        break;
                    case '\\':
                        if (i + 1 >= format.Length) throw new FormatException(InvalidFormatMessage);
                        sb.Append(format[i + 1]);
                        len = 2;
                        break;
                    default:
                        // Unlike DateTime's, TimeSpan's custom formats take no unquoted literals.
                        throw new FormatException(InvalidFormatMessage);
                }
                i += len;
            }
        }

        /// How many times format[pos] occurs in a row from pos.
        private static int Repeat(string format, int pos)
        {
            int end = pos + 1;
            while (end < format.Length && format[end] == format[pos]) end++;
            return end - pos;
        }

        /// Reads the quoted text starting at format[pos] (the quote) into `text`, backslash
        /// escapes included, and returns how many format characters it spans: -1 when a
        /// backslash ends the format, 0 when the closing quote is missing.
        private static int ReadQuoted(string format, int pos, System.Text.StringBuilder text)
        {
            char quote = format[pos];
            int i = pos + 1;
            while (i < format.Length)
            {
                char c = format[i++];
                if (c == quote) return i - pos;
                if (c == '\\')
                {
                    if (i >= format.Length) return -1;
                    text.Append(format[i++]);
                }
                else
                {
                    text.Append(c);
                }
            }
            return 0;
        }

        private static string BadQuoteMessage(char quote)
        {
            return "Cannot find a matching quote character for the character '" + quote + "'.";
        }

        private static long Pow10(int n)
        {
            long p = 1;
            while (n-- > 0) p *= 10;
            return p;
        }

        // ---- Parsing: public surface ----

        public static TimeSpan Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("input");
            long ticks;
            ParseGeneral(s, AnyLayout, true, out ticks);
            return new TimeSpan(ticks);
        }

        public static TimeSpan Parse(string input, IFormatProvider formatProvider)
        {
            if (input == null) throw new ArgumentNullException("input");
            long ticks;
            ParseGeneral(input, AnyLayout, true, out ticks);
            return new TimeSpan(ticks);
        }

        public static bool TryParse(string s, out TimeSpan result)
        {
            return TryParse(s, null, out result);
        }

        public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result)
        {
            result = new TimeSpan(0);
            long ticks;
            if (input == null || !ParseGeneral(input, AnyLayout, false, out ticks)) return false;
            result = new TimeSpan(ticks);
            return true;
        }

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            long ticks;
            ParseExactOne(input, format, true, out ticks);
            return new TimeSpan(ticks);
        }

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider)
        {
            if (input == null) throw new ArgumentNullException("input");
            long ticks;
            ParseExactAny(input, formats, true, out ticks);
            return new TimeSpan(ticks);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, out TimeSpan result)
        {
            result = new TimeSpan(0);
            long ticks;
            if (input == null || format == null || !ParseExactOne(input, format, false, out ticks)) return false;
            result = new TimeSpan(ticks);
            return true;
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, out TimeSpan result)
        {
            result = new TimeSpan(0);
            long ticks;
            if (input == null || !ParseExactAny(input, formats, false, out ticks)) return false;
            result = new TimeSpan(ticks);
            return true;
        }

        // ---- Parsing: failures ----

        // What a parse failed on; each stands for one of .NET's exceptions (see Fail).
        private const int BadTimeSpan = 1;
        private const int ComponentOverflow = 2;
        private const int BadFormat = 3;
        private const int BadQuote = 4;
        private const int BadFormatSpecifier = 5;
        private const int NoFormatSpecifier = 6;

        /// Throws the exception for `failure` when `throwing`, else returns false, so each parse
        /// routine serves both Parse and TryParse. `input` is the string as given (untrimmed),
        /// `detail` the quote or format character a message names.
        private static bool Fail(int failure, string input, string detail, bool throwing)
        {
            if (!throwing) return false;
            switch (failure)
            {
                case ComponentOverflow:
                    throw new OverflowException("The TimeSpan string '" + input + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
                case BadFormat:
                    throw new FormatException(InvalidFormatMessage);
                case BadQuote:
                    throw new FormatException(BadQuoteMessage(detail[0]));
                case BadFormatSpecifier:
                    throw new FormatException("Format specifier '" + detail + "' was invalid.");
                case NoFormatSpecifier:
                    throw new FormatException("No format specifiers were provided.");
                default:
                    throw new FormatException("String '" + input + "' was not recognized as a valid TimeSpan.");
            }
        }

        // ---- Parsing: ParseExact's dispatch ----

        private static bool ParseExactOne(string input, string format, bool throwing, out long ticks)
        {
            ticks = 0;
            if (format.Length == 0) return Fail(BadFormatSpecifier, input, "", throwing);
            if (format.Length == 1)
            {
                char c = format[0];
                if (c == 'c' || c == 't' || c == 'T') return ParseConstant(input, throwing, out ticks);
                if (c == 'g') return ParseGeneral(input, ColonLayout, throwing, out ticks);
                if (c == 'G') return ParseGeneral(input, ColonLayout | FullOnly, throwing, out ticks);
                return Fail(BadFormatSpecifier, input, format, throwing);
            }
            return ParseCustom(input, format, throwing, out ticks);
        }

        /// The first format that reads the input wins; the formats are tried without throwing,
        /// so a failure reports only that none matched (or that a format was null or empty).
        private static bool ParseExactAny(string input, string[] formats, bool throwing, out long ticks)
        {
            ticks = 0;
            if (formats == null)
            {
                if (throwing) throw new ArgumentNullException("formats", "String reference not set to an instance of a String.");
                return false;
            }
            if (input.Length == 0) return Fail(BadTimeSpan, input, "", throwing);
            if (formats.Length == 0) return Fail(NoFormatSpecifier, input, "", throwing);
            for (int i = 0; i < formats.Length; i++)
            {
                string format = formats[i];
                if (format == null || format.Length == 0) return Fail(BadFormatSpecifier, input, "", throwing);
                if (ParseExactOne(input, format, false, out ticks)) return true;
            }
            ticks = 0;
            return Fail(BadTimeSpan, input, "", throwing);
        }

        // ---- Parsing: Parse and "g"/"G" ----

        // Which layouts ParseGeneral accepts: days before '.' ("c"), days before ':' ("g"),
        // and whether all five numbers must be there ("G").
        private const int DotLayout = 1;
        private const int ColonLayout = 2;
        private const int AnyLayout = DotLayout | ColonLayout;
        private const int FullOnly = 4;

        /// The ways to read 1 to 5 numbers, in the order tried: d = days, h = hours,
        /// m = minutes, s = seconds, f = fraction ("hmf" is h:m:.f, an old form without seconds).
        private static readonly string[] s_shapes = { "d", "hm", "hms", "dhm", "hmf", "hmsf", "dhms", "dhmf", "dhmsf" };

        /// Splits the trimmed input into numbers and the runs of other characters between them,
        /// then finds the first layout, sign and shape whose separators are exactly those runs.
        /// Numbers are read as .NET does: leading zeros counted apart (they matter to a
        /// fraction), and a number past 28 bits is an overflow.
        private static bool ParseGeneral(string input, int layouts, bool throwing, out long ticks)
        {
            ticks = 0;
            string s = input.Trim();
            if (s.Length == 0) return Fail(BadTimeSpan, input, "", throwing);

            int[] nums = new int[5];
            int[] zeros = new int[5];
            string[] seps = new string[6];
            int numCount = 0;
            int sepCount = 0;
            bool endsWithNumber = false;
            int pos = 0;
            while (pos < s.Length)
            {
                if (IsDigit(s[pos]))
                {
                    int zeroCount = 0;
                    while (pos < s.Length && s[pos] == '0')
                    {
                        zeroCount++;
                        pos++;
                    }
                    int num = 0;
                    while (pos < s.Length && IsDigit(s[pos]))
                    {
                        num = num * 10 + (s[pos] - '0');
                        pos++;
                        if ((num & 0xF0000000) != 0) return Fail(ComponentOverflow, input, "", throwing);
                    }
                    // A leading number has an empty separator before it.
                    if (sepCount == 0) seps[sepCount++] = "";
                    if (numCount == 5) return Fail(BadTimeSpan, input, "", throwing);
                    nums[numCount] = num;
                    zeros[numCount] = zeroCount;
                    numCount++;
                    endsWithNumber = true;
                }
                else
                {
                    int start = pos;
                    while (pos < s.Length && !IsDigit(s[pos])) pos++;
                    // Numbers and separators alternate and a sixth number fails first, so
                    // this only guards the array.
                    if (sepCount == 6) return Fail(BadTimeSpan, input, "", throwing);
                    seps[sepCount++] = s.Substring(start, pos - start);
                    endsWithNumber = false;
                }
            }
            // ...and a trailing one an empty separator after it.
            if (endsWithNumber) seps[sepCount++] = "";
            if (numCount == 0) return Fail(BadTimeSpan, input, "", throwing);
            if ((layouts & FullOnly) != 0 && numCount != 5) return Fail(BadTimeSpan, input, "", throwing);

            // Try the '.' layout (+, -), then the ':' one (+, -), each shape in turn. A shape
            // whose separators match but whose numbers are out of range makes the failure an
            // overflow, though a later shape may still read the input.
            bool outOfRange = false;
            for (int layout = 0; layout < 4; layout++)
            {
                bool colon = layout >= 2;
                bool negative = (layout & 1) != 0;
                if ((layouts & (colon ? ColonLayout : DotLayout)) == 0) continue;
                for (int k = 0; k < s_shapes.Length; k++)
                {
                    string shape = s_shapes[k];
                    if (shape.Length != numCount || !SeparatorsMatch(seps, shape, negative, colon)) continue;
                    int d = 0, h = 0, m = 0, sec = 0, f = 0, fz = 0;
                    for (int j = 0; j < shape.Length; j++)
                    {
                        switch (shape[j])
                        {
                            case 'd': d = nums[j]; break;
                            case 'h': h = nums[j]; break;
                            case 'm': m = nums[j]; break;
                            case 's': sec = nums[j]; break;
                            default:
                                f = nums[j];
                                fz = zeros[j];
                                break;
                        }
                    }
                    long t;
                    if (TimeToTicks(!negative, d, h, m, sec, f, fz, out t))
                    {
                        if (negative)
                        {
                            t = -t;
                            if (t > 0) return Fail(ComponentOverflow, input, "", throwing);
                        }
                        ticks = t;
                        return true;
                    }
                    outOfRange = true;
                }
            }
            return Fail(outOfRange ? ComponentOverflow : BadTimeSpan, input, "", throwing);
        }

        /// Whether the separators are those of `shape` in the '.' or ':' layout: the sign (or
        /// nothing) first, nothing last, and between two numbers the separator the pair takes.
        private static bool SeparatorsMatch(string[] seps, string shape, bool negative, bool colon)
        {
            if (seps[0] != (negative ? "-" : "")) return false;
            for (int j = 1; j < shape.Length; j++)
            {
                char before = shape[j - 1];
                string expected;
                if (before == 'd') expected = colon ? ":" : ".";
                else if (before == 'h') expected = ":";
                else if (before == 'm') expected = shape[j] == 's' ? ":" : ":.";
                else expected = ".";
                if (seps[j] != expected) return false;
            }
            return seps[shape.Length] == "";
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        /// The ticks of the parts, false when a part is out of range or the total does not
        /// fit (a positive total that wrapped negative included). `fraction` was read with
        /// `fractionZeros` leading zeros: it is scaled to seven digits, and a longer one is
        /// rounded half away from zero.
        private static bool TimeToTicks(bool positive, int days, int hours, int minutes, int seconds, int fraction, int fractionZeros, out long ticks)
        {
            ticks = 0;
            if (days > 10675199 || hours > 23 || minutes > 59 || seconds > 59) return false;
            long f = 0;
            if (fraction != 0)
            {
                // Eight or more digits without a leading zero is an error, with one a rounding.
                if (fractionZeros == 0 && fraction > 9999999) return false;
                int digits = fractionZeros;
                for (int n = fraction; n != 0; n /= 10) digits++;
                if (digits <= 7)
                {
                    f = fraction * Pow10(7 - digits);
                }
                else if (digits - 7 <= 18)
                {
                    long scale = Pow10(digits - 7);
                    f = (fraction + scale / 2) / scale;
                }
            }
            long ms = ((long)days * 86400 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000;
            if (ms > long.MaxValue / TicksPerMillisecond) return false;
            // This may wrap: for the largest negative value that is how MinValue comes out.
            ticks = unchecked(ms * TicksPerMillisecond + f);
            if (positive && ticks < 0)
            {
                ticks = 0;
                return false;
            }
            return true;
        }

        // ---- Parsing: ParseExact's "c" ----

        /// The constant format, `[ws][-]{ d | [d.]hh:mm[:ss[.fffffff]] }[ws]` with spaces and
        /// tabs as the only whitespace, read by the rules of .NET's first TimeSpan.Parse:
        /// seconds may be left out ("1:02:.5" too), up to seven fraction digits count and an
        /// eighth is an error.
        private static bool ParseConstant(string input, bool throwing, out long ticks)
        {
            ticks = 0;
            int pos = SkipBlanks(input, 0);
            bool negative = false;
            if (pos < input.Length && input[pos] == '-')
            {
                negative = true;
                pos++;
            }
            int scan = pos;
            while (scan < input.Length && IsDigit(input[scan])) scan++;
            long time;
            if (scan < input.Length && input[scan] == ':')
            {
                if (!ParseConstantTime(input, ref pos, throwing, out time)) return false;
            }
            else
            {
                int days;
                if (!ParseConstantInt(input, ref pos, 10675199, throwing, out days)) return false;
                time = days * TicksPerDay;
                if (pos < input.Length && input[pos] == '.')
                {
                    pos++;
                    long rest;
                    if (!ParseConstantTime(input, ref pos, throwing, out rest)) return false;
                    time += rest;
                }
            }
            if (negative)
            {
                time = -time;
                if (time > 0) return Fail(ComponentOverflow, input, "", throwing);
            }
            else if (time < 0)
            {
                return Fail(ComponentOverflow, input, "", throwing);
            }
            pos = SkipBlanks(input, pos);
            if (pos < input.Length) return Fail(BadTimeSpan, input, "", throwing);
            ticks = time;
            return true;
        }

        private static int SkipBlanks(string s, int pos)
        {
            while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t')) pos++;
            return pos;
        }

        /// One or more digits, at most `max`.
        private static bool ParseConstantInt(string s, ref int pos, int max, bool throwing, out int value)
        {
            value = 0;
            int start = pos;
            while (pos < s.Length && IsDigit(s[pos]))
            {
                if ((value & 0xF0000000) != 0) return Fail(ComponentOverflow, s, "", throwing);
                value = value * 10 + (s[pos] - '0');
                if (value < 0) return Fail(ComponentOverflow, s, "", throwing);
                pos++;
            }
            if (pos == start) return Fail(BadTimeSpan, s, "", throwing);
            if (value > max) return Fail(ComponentOverflow, s, "", throwing);
            return true;
        }

        /// `hh:mm[:[ss][.fffffff]]`, in ticks.
        private static bool ParseConstantTime(string s, ref int pos, bool throwing, out long time)
        {
            time = 0;
            int unit;
            if (!ParseConstantInt(s, ref pos, 23, throwing, out unit)) return false;
            time = unit * TicksPerHour;
            if (pos >= s.Length || s[pos] != ':') return Fail(BadTimeSpan, s, "", throwing);
            pos++;
            if (!ParseConstantInt(s, ref pos, 59, throwing, out unit)) return false;
            time += unit * TicksPerMinute;
            if (pos < s.Length && s[pos] == ':')
            {
                pos++;
                if (pos >= s.Length || s[pos] != '.')
                {
                    if (!ParseConstantInt(s, ref pos, 59, throwing, out unit)) return false;
                    time += unit * TicksPerSecond;
                }
                if (pos < s.Length && s[pos] == '.')
                {
                    pos++;
                    long scale = TicksPerSecond;
                    while (scale > 1 && pos < s.Length && IsDigit(s[pos]))
                    {
                        scale /= 10;
                        time += (s[pos] - '0') * scale;
                        pos++;
                    }
                }
            }
            return true;
        }

        // ---- Parsing: ParseExact's custom formats ----

        /// Reads the input one format specifier at a time: "h", "m", "s" take one or two
        /// digits and "hh", "mm", "ss" exactly two; "d" one to eight and "dd"… exactly as many
        /// as there are d's; "f"… exactly as many digits, "F"… up to as many; quoted text and
        /// \x must match exactly. The whole input must be used up.
        private static bool ParseCustom(string input, string format, bool throwing, out long ticks)
        {
            ticks = 0;
            bool seenD = false, seenH = false, seenM = false, seenS = false, seenF = false;
            int days = 0, hours = 0, minutes = 0, seconds = 0, fraction = 0, fractionZeros = 0;
            int unused;
            // The index of the last input character read; -1 before the first.
            int pos = -1;
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int len;
                switch (ch)
                {
                    case 'h':
                        len = Repeat(format, i);
                        if (len > 2 || seenH || !ReadDigits(input, ref pos, len, len == 1 ? 2 : len, out unused, out hours)) return Fail(BadFormat, input, "", throwing);
                        seenH = true;
                        break;
                    case 'm':
                        len = Repeat(format, i);
                        if (len > 2 || seenM || !ReadDigits(input, ref pos, len, len == 1 ? 2 : len, out unused, out minutes)) return Fail(BadFormat, input, "", throwing);
                        seenM = true;
                        break;
                    case 's':
                        len = Repeat(format, i);
                        if (len > 2 || seenS || !ReadDigits(input, ref pos, len, len == 1 ? 2 : len, out unused, out seconds)) return Fail(BadFormat, input, "", throwing);
                        seenS = true;
                        break;
                    case 'f':
                        len = Repeat(format, i);
                        if (len > 7 || seenF || !ReadDigits(input, ref pos, len, len, out fractionZeros, out fraction)) return Fail(BadFormat, input, "", throwing);
                        seenF = true;
                        break;
                    case 'F':
                        len = Repeat(format, i);
                        if (len > 7 || seenF) return Fail(BadFormat, input, "", throwing);
                        ReadDigits(input, ref pos, len, len, out fractionZeros, out fraction);
                        seenF = true;
                        break;
                    case 'd':
                        len = Repeat(format, i);
                        if (len > 8 || seenD || !ReadDigits(input, ref pos, len == 1 ? 1 : len, len == 1 ? 8 : len, out unused, out days)) return Fail(BadFormat, input, "", throwing);
                        seenD = true;
                        break;
                    case '\'':
                    case '"':
                        {
                            var text = new System.Text.StringBuilder();
                            len = ReadQuoted(format, i, text);
                            if (len <= 0) return Fail(BadQuote, input, ch.ToString(), throwing);
                            for (int k = 0; k < text.Length; k++)
                            {
                                if (NextChar(input, ref pos) != text[k]) return Fail(BadFormat, input, "", throwing);
                            }
                            break;
                        }
                    case '%':
                        // Only marks the next character as a specifier.
                        if (i + 1 >= format.Length || format[i + 1] == '%') return Fail(BadFormat, input, "", throwing);
                        len = 1;
                        break;
                    case '\\':
                        if (i + 1 >= format.Length || NextChar(input, ref pos) != format[i + 1]) return Fail(BadFormat, input, "", throwing);
                        len = 2;
                        break;
                    default:
                        return Fail(BadFormat, input, "", throwing);
                }
                i += len;
            }
            if (pos < input.Length - 1) return Fail(BadTimeSpan, input, "", throwing);
            if (!TimeToTicks(true, days, hours, minutes, seconds, fraction, fractionZeros, out ticks)) return Fail(ComponentOverflow, input, "", throwing);
            return true;
        }

        /// The next input character, or '\0' past the end (so a '\0' in the format matches
        /// the end of the input, as in .NET).
        private static char NextChar(string input, ref int pos)
        {
            pos++;
            return pos < input.Length ? input[pos] : '\0';
        }

        /// Reads `min` to `max` digits. A non-digit is put back, except at the very start of
        /// the input, where .NET cannot step back and the character stays used up.
        private static bool ReadDigits(string input, ref int pos, int min, int max, out int zeros, out int value)
        {
            zeros = 0;
            value = 0;
            int count = 0;
            while (count < max)
            {
                char c = NextChar(input, ref pos);
                if (!IsDigit(c))
                {
                    if (pos > 0) pos--;
                    break;
                }
                value = value * 10 + (c - '0');
                if (value == 0) zeros++;
                count++;
            }
            return count >= min;
        }
    }
}
