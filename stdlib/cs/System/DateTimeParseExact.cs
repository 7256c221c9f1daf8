using System.Globalization;

namespace System
{
    /// DateTime.ParseExact and TryParseExact: the text must follow the format specifier by
    /// specifier, as .NET reads it with the invariant culture. A one-letter format is a
    /// standard one ("o", "s", "u", "d"…) and stands for its pattern. The provider is ignored.
    public partial struct DateTime
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static DateTime Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider)
        {
            return ParseExact(s, format, provider, DateTimeStyles.None);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            DateTimeExactParser.CheckStyles(style);
            DateTime result;
            string error = DateTimeExactParser.Parse(s, format, style, out result);
            if (error != null) throw new FormatException(error);
            return result;
        }

        /// The first of `formats` that `s` follows.
        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (formats == null) throw new ArgumentNullException("formats");
            DateTimeExactParser.CheckStyles(style);
            DateTime result;
            string error = DateTimeExactParser.ParseAny(s, formats, style, out result);
            if (error != null) throw new FormatException(error);
            return result;
        }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeExactParser.CheckStyles(style);
            result = MinValue;
            if (s == null || format == null) return false;
            return DateTimeExactParser.Parse(s, format, style, out result) == null;
        }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeExactParser.CheckStyles(style);
            result = MinValue;
            if (s == null || formats == null) return false;
            return DateTimeExactParser.ParseAny(s, formats, style, out result) == null;
        }
    }

    internal static class DateTimeExactParser
    {
        /// ArgumentException for styles .NET rejects, before any text is read.
        internal static void CheckStyles(DateTimeStyles style)
        {
            if (((int)style & ~255) != 0)
                throw new ArgumentException("An undefined DateTimeStyles value is being used.", "style");
            if ((style & DateTimeStyles.AssumeLocal) != 0 && (style & DateTimeStyles.AssumeUniversal) != 0)
                throw new ArgumentException("The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.", "style");
            if ((style & DateTimeStyles.RoundtripKind) != 0
                && (style & (DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)) != 0)
                throw new ArgumentException("The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.", "style");
        }

        internal static string ParseAny(string s, string[] formats, DateTimeStyles style, out DateTime result)
        {
            result = DateTime.MinValue;
            for (int i = 0; i < formats.Length; i++)
            {
                if (formats[i] == null || formats[i].Length == 0) return "Format specifier was invalid.";
                if (Parse(s, formats[i], style, out result) == null) return null;
            }
            return NotRecognized(s);
        }

        private static string NotRecognized(string s)
        {
            return "String '" + s + "' was not recognized as a valid DateTime.";
        }

        /// Null when `s` follows `format`, else the FormatException's message.
        internal static string Parse(string s, string format, DateTimeStyles style, out DateTime result)
        {
            result = DateTime.MinValue;
            if (format.Length == 0) return "Format specifier '' was invalid.";
            // "u" and "r" write UTC times, marked by a literal 'Z' or "GMT".
            bool utcFormat = false;
            if (format.Length == 1)
            {
                char letter = format[0];
                string pattern = DateTimeFormat.Standard(letter);
                if (pattern == null) return "Format specifier '" + format + "' was invalid.";
                utcFormat = letter == 'u' || letter == 'r' || letter == 'R';
                format = pattern;
            }

            int year = -1, month = -1, day = -1, hour = -1, minute = -1, second = -1, dayOfWeek = -1;
            int ampm = -1;
            bool twelveHour = false, twoDigitYear = false;
            long fraction = 0;
            // 0: no zone in the text, 1: UTC ('Z'), 2: an offset.
            int zone = utcFormat ? 1 : 0;
            long offsetTicks = 0;

            int p = 0;
            if ((style & DateTimeStyles.AllowLeadingWhite) != 0) p = SkipWhite(s, p);
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c) n++;
                int value;
                switch (c)
                {
                    case 'y':
                        if (!Digits(s, ref p, n == 1 ? 1 : n, n == 1 ? 2 : n, out value)) return NotRecognized(s);
                        year = value;
                        twoDigitYear = n <= 2;
                        break;
                    case 'M':
                        if (n <= 2)
                        {
                            if (!Digits(s, ref p, n, 2, out value)) return NotRecognized(s);
                        }
                        else if ((value = Name(s, ref p, DateTimeFormat.s_monthNames, n == 3)) < 0) return NotRecognized(s);
                        else value++;
                        month = value;
                        break;
                    case 'd':
                        if (n <= 2)
                        {
                            if (!Digits(s, ref p, n, 2, out day)) return NotRecognized(s);
                        }
                        else if ((dayOfWeek = Name(s, ref p, DateTimeFormat.s_dayNames, n == 3)) < 0) return NotRecognized(s);
                        break;
                    case 'h':
                    case 'H':
                        if (!Digits(s, ref p, Math.Min(n, 2), 2, out hour)) return NotRecognized(s);
                        twelveHour = c == 'h';
                        break;
                    case 'm':
                        if (!Digits(s, ref p, Math.Min(n, 2), 2, out minute)) return NotRecognized(s);
                        break;
                    case 's':
                        if (!Digits(s, ref p, Math.Min(n, 2), 2, out second)) return NotRecognized(s);
                        break;
                    case 'f':
                    case 'F':
                        {
                            if (n > 7) return "Format specifier '" + format + "' was invalid.";
                            int start = p;
                            if (!Digits(s, ref p, c == 'f' ? n : 0, n, out value)) return NotRecognized(s);
                            fraction = value;
                            for (int k = p - start; k < 7; k++) fraction *= 10;
                            break;
                        }
                    case 't':
                        if (p < s.Length && (Upper(s[p]) == 'A' || Upper(s[p]) == 'P'))
                        {
                            ampm = Upper(s[p]) == 'A' ? 0 : 1;
                            p++;
                            if (n > 1)
                            {
                                if (p >= s.Length || Upper(s[p]) != 'M') return NotRecognized(s);
                                p++;
                            }
                        }
                        else return NotRecognized(s);
                        break;
                    case 'z':
                    case 'K':
                        if (c == 'K' && p < s.Length && s[p] == 'Z')
                        {
                            zone = 1;
                            p++;
                        }
                        else if (p < s.Length && (s[p] == '+' || s[p] == '-'))
                        {
                            if (!Offset(s, ref p, c == 'K' ? 3 : n, out offsetTicks)) return NotRecognized(s);
                            zone = 2;
                        }
                        else if (c == 'z') return NotRecognized(s);
                        if (c == 'K') n = 1;
                        break;
                    case '\'':
                    case '"':
                        {
                            int end = i + 1;
                            for (; end < format.Length && format[end] != c; end++)
                            {
                                if (format[end] == '\\' && end + 1 < format.Length) end++;
                                if (p >= s.Length || s[p] != format[end]) return NotRecognized(s);
                                p++;
                            }
                            if (end >= format.Length) return "Cannot find a matching quote character for the character '" + c + "'.";
                            n = end - i + 1;
                            break;
                        }
                    case '\\':
                        if (i + 1 >= format.Length) return "Format specifier '" + format + "' was invalid.";
                        if (p >= s.Length || s[p] != format[i + 1]) return NotRecognized(s);
                        p++;
                        n = 2;
                        break;
                    case '%':
                        n = 1;
                        break;
                    default:
                        n = 1;
                        if (c == ' ' && (style & DateTimeStyles.AllowInnerWhite) != 0) p = SkipWhite(s, p);
                        else if (p < s.Length && s[p] == c) p++;
                        else return NotRecognized(s);
                        break;
                }
                i += n;
            }
            if ((style & DateTimeStyles.AllowTrailingWhite) != 0) p = SkipWhite(s, p);
            if (p < s.Length) return NotRecognized(s);

            if (ampm >= 0)
            {
                if (hour < 0 || hour > 12 && (twelveHour || ampm == 0)) return NotRecognized(s);
                if (ampm == 0 && hour == 12) hour = 0;
                else if (ampm == 1 && hour < 12) hour += 12;
            }
            else if (twelveHour && hour > 12) return NotRecognized(s);

            if (twoDigitYear && year >= 0) year += year <= 29 ? 2000 : 1900;
            if (year < 0 || month < 0 || day < 0)
            {
                DateTime today = DateTime.Today;
                if (month < 0 && day < 0)
                {
                    if (year >= 0) month = day = 1;
                    else if ((style & DateTimeStyles.NoCurrentDateDefault) != 0) year = month = day = 1;
                    else
                    {
                        year = today.Year;
                        month = today.Month;
                        day = today.Day;
                    }
                }
                else
                {
                    if (year < 0) year = today.Year;
                    if (month < 0) month = 1;
                    if (day < 0) day = 1;
                }
            }
            if (hour < 0) hour = 0;
            if (minute < 0) minute = 0;
            if (second < 0) second = 0;

            // Every field was read but makes no date: .NET's calendar rejects it.
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
                return "The DateTime represented by the string '" + s + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.";
            long ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction;
            if (dayOfWeek >= 0 && (int)new DateTime(ticks).DayOfWeek != dayOfWeek)
                return "String '" + s + "' was not recognized as a valid DateTime because the day of week was incorrect.";
            result = WithKind(ticks, zone, offsetTicks, style);
            return null;
        }

        /// The parsed time as .NET returns it: a time with a zone becomes local (UTC with
        /// AdjustToUniversal, or with RoundtripKind and 'Z'); without one, AssumeUniversal and
        /// AssumeLocal say what it is.
        private static DateTime WithKind(long ticks, int zone, long offsetTicks, DateTimeStyles style)
        {
            bool toUniversal = (style & DateTimeStyles.AdjustToUniversal) != 0;
            if (zone == 0 && (style & DateTimeStyles.AssumeUniversal) != 0) zone = 1;
            if (zone != 0)
            {
                var utc = new DateTime(ticks - offsetTicks, DateTimeKind.Utc);
                if (toUniversal || (zone == 1 && (style & DateTimeStyles.RoundtripKind) != 0)) return utc;
                return utc.ToLocalTime();
            }
            if ((style & DateTimeStyles.AssumeLocal) != 0)
            {
                var local = new DateTime(ticks, DateTimeKind.Local);
                return toUniversal ? local.ToUniversalTime() : local;
            }
            return new DateTime(ticks, DateTimeKind.Unspecified);
        }

        /// `min` to `max` ASCII digits at `p`.
        private static bool Digits(string s, ref int p, int min, int max, out int value)
        {
            value = 0;
            int count = 0;
            while (count < max && p < s.Length && s[p] >= '0' && s[p] <= '9')
            {
                value = value * 10 + (s[p] - '0');
                p++;
                count++;
            }
            return count >= min;
        }

        /// "+hh", "+hh:mm" (`n` 3) or "+h" (`n` 1) as ticks east of UTC.
        private static bool Offset(string s, ref int p, int n, out long ticks)
        {
            ticks = 0;
            bool negative = s[p++] == '-';
            int hours, minutes = 0;
            if (!Digits(s, ref p, n == 1 ? 1 : 2, 2, out hours)) return false;
            if (n >= 3)
            {
                if (p >= s.Length || s[p] != ':') return false;
                p++;
                if (!Digits(s, ref p, 2, 2, out minutes)) return false;
            }
            if (hours > 14 || minutes > 59) return false;
            ticks = (hours * 60L + minutes) * TimeSpan.TicksPerMinute;
            if (negative) ticks = -ticks;
            return true;
        }

        /// The index of the (abbreviated) name at `p`, in any case; -1 when none is there.
        private static int Name(string s, ref int p, string[] names, bool abbreviated)
        {
            for (int k = 0; k < names.Length; k++)
            {
                int length = abbreviated ? 3 : names[k].Length;
                if (p + length > s.Length) continue;
                int j = 0;
                while (j < length && Upper(s[p + j]) == Upper(names[k][j])) j++;
                if (j == length)
                {
                    p += length;
                    return k;
                }
            }
            return -1;
        }

        private static char Upper(char c)
        {
            return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        }

        private static int SkipWhite(string s, int p)
        {
            while (p < s.Length && (s[p] == ' ' || (s[p] >= '\t' && s[p] <= '\r'))) p++;
            return p;
        }
    }
}
