namespace System
{
    /// Text to DateTime for Convert.ToDateTime(string), string's IConvertible and
    /// DateTime.Parse, as the invariant culture reads it. Text with a month or day name, an
    /// era or "GMT" ("March 1, 2024", "01-Mar-2024", "Fri, 01 Mar 2024 14:30:05 GMT") goes
    /// to DateTimeNameParser. The numeric forms are read here:
    ///   a date "yyyy-M-d" or "yyyy/M/d" (year first), or "M/d/yyyy" or "M-d-yyyy" (a year
    ///   of one or two digits is 1930-2029); then, after white space or 'T', a time
    ///   "H:mm[:ss[.fffffff]]" (the fraction rounded to a tick) with an optional AM/PM; then
    ///   an optional zone, "Z" or "+hh:mm", "+hhmm", "+h" (at most 14 hours), which makes the
    ///   result that instant in local time (Kind Local).
    /// A time alone is on today's date; a date alone is at midnight; surrounding white space
    /// is ignored. Failures are FormatExceptions worded as .NET's: an unknown word names
    /// where it starts, an impossible time says the calendar cannot represent it, anything
    /// else is "not recognized as a valid DateTime".
    public static partial class Convert
    {
        internal static FormatException BadDateTime(string s)
        {
            return new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
        }

        internal static FormatException NotInCalendar(string s)
        {
            return new FormatException("The DateTime represented by the string '" + s + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.");
        }

        private static FormatException BadOffset(string s)
        {
            return new FormatException("The time zone offset of string '" + s + "' must be within plus or minus 14 hours.");
        }

        private static bool IsAsciiDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        private static bool IsAsciiLetter(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static int SkipWhite(string s, int p)
        {
            while (p < s.Length && char.IsWhiteSpace(s[p])) p++;
            return p;
        }

        /// The decimal number at `p` (at most 9 digits), advancing past it; -1 if none.
        private static int ReadNumber(string s, ref int p, out int digits)
        {
            int value = 0;
            digits = 0;
            while (p < s.Length && IsAsciiDigit(s[p]) && digits < 9)
            {
                value = value * 10 + (s[p] - '0');
                p++;
                digits++;
            }
            return digits == 0 ? -1 : value;
        }

        /// Whether the letters at `p` are `word` (any case) followed by no further letter.
        private static bool AtWord(string s, int p, string word)
        {
            if (p + word.Length > s.Length) return false;
            for (int k = 0; k < word.Length; k++)
            {
                if (char.ToUpper(s[p + k]) != word[k]) return false;
            }
            return p + word.Length == s.Length || !IsAsciiLetter(s[p + word.Length]);
        }

        internal static DateTime ParseDateTime(string s)
        {
            int n = s.Length;
            // .NET's lexer rejects a word it does not know before it checks any number, so
            // that error comes first. Text with a name is DateTimeNameParser's, which finds
            // the unknown words after it itself.
            for (int w = 0; w < n; w++)
            {
                if (!IsAsciiLetter(s[w])) continue;
                if (DateTimeNameParser.NameAt(s, w)) return DateTimeNameParser.Parse(s);
                int end = w;
                while (end < n && IsAsciiLetter(s[end])) end++;
                bool known = end - w == 1 ? "TtZz".IndexOf(s[w]) >= 0 : AtWord(s, w, "AM") || AtWord(s, w, "PM");
                if (!known) throw UnknownDateTimeWord(s, w);
                w = end - 1;
            }
            int p = SkipWhite(s, 0);
            int digits;
            int year = 0, month = 0, day = 0;
            bool hasDate = false;

            // A number followed by '-' or '/' starts a date; followed by ':' it was the hour.
            int start = p;
            int first = ReadNumber(s, ref p, out digits);
            if (first >= 0 && p < n && (s[p] == '-' || s[p] == '/'))
            {
                char sep = s[p];
                bool yearFirst = digits == 4;
                p++;
                int second = ReadNumber(s, ref p, out digits);
                if (second < 0 || p >= n || s[p] != sep) throw BadDateTime(s);
                p++;
                int third = ReadNumber(s, ref p, out digits);
                if (third < 0) throw BadDateTime(s);
                if (yearFirst)
                {
                    year = first;
                    month = second;
                    day = third;
                }
                else
                {
                    month = first;
                    day = second;
                    year = third;
                    if (digits <= 2) year += year < 30 ? 2000 : 1900;
                }
                hasDate = true;
                if (p < n && (s[p] == 'T' || s[p] == 't') && (p + 1 == n || !IsAsciiLetter(s[p + 1]))) p++;
                p = SkipWhite(s, p);
            }
            else
            {
                p = start;
            }

            int hour = 0, minute = 0, sec = 0;
            long fraction = 0;
            bool hasTime = false;
            if (p < n && IsAsciiDigit(s[p]))
            {
                hour = ReadNumber(s, ref p, out digits);
                if (p >= n || s[p] != ':') throw BadDateTime(s);
                p++;
                minute = ReadNumber(s, ref p, out digits);
                if (minute < 0) throw BadDateTime(s);
                if (p < n && s[p] == ':')
                {
                    p++;
                    sec = ReadNumber(s, ref p, out digits);
                    if (sec < 0) throw BadDateTime(s);
                    if (p < n && s[p] == '.')
                    {
                        // Rounded to the nearest tick; ".5" is half a second, "." nothing.
                        p++;
                        long number = 0;
                        double scale = 1;
                        while (p < n && IsAsciiDigit(s[p]))
                        {
                            if (scale < 1e15)
                            {
                                number = number * 10 + (s[p] - '0');
                                scale *= 10;
                            }
                            p++;
                        }
                        fraction = (long)Math.Round(number / scale * TimeSpan.TicksPerSecond);
                    }
                }
                hasTime = true;
                p = SkipWhite(s, p);
                bool am = AtWord(s, p, "AM");
                bool pm = AtWord(s, p, "PM");
                if (am || pm)
                {
                    if (am && hour == 12) hour = 0;
                    if (pm && hour < 12) hour += 12;
                    p = SkipWhite(s, p + 2);
                }
            }
            else if (hasDate && (AtWord(s, p, "AM") || AtWord(s, p, "PM")))
            {
                // A designator with no time to apply to, as .NET accepts it.
                p = SkipWhite(s, p + 2);
            }
            if (!hasDate && !hasTime)
            {
                if (p < n && IsAsciiLetter(s[p])) throw UnknownDateTimeWord(s, p);
                throw BadDateTime(s);
            }

            bool zoned = false;
            long offset = 0;
            if (p < n && (s[p] == 'Z' || s[p] == 'z') && (p + 1 == n || !IsAsciiLetter(s[p + 1])))
            {
                zoned = true;
                p = SkipWhite(s, p + 1);
            }
            else if (hasTime && p < n && (s[p] == '+' || s[p] == '-'))
            {
                bool west = s[p] == '-';
                p++;
                int hh = ReadNumber(s, ref p, out digits);
                int mm = 0;
                if (hh < 0) throw BadDateTime(s);
                if (digits > 2)
                {
                    if (digits != 4) throw BadDateTime(s);
                    mm = hh % 100;
                    hh /= 100;
                }
                else if (p < n && s[p] == ':')
                {
                    p++;
                    mm = ReadNumber(s, ref p, out digits);
                    if (mm < 0) throw BadDateTime(s);
                }
                if (mm > 59) throw BadDateTime(s);
                offset = ((long)hh * 60 + mm) * TimeSpan.TicksPerMinute;
                if (offset > 14 * TimeSpan.TicksPerHour) throw BadOffset(s);
                if (west) offset = -offset;
                zoned = true;
                p = SkipWhite(s, p);
            }
            if (p < n)
            {
                if (IsAsciiLetter(s[p])) throw UnknownDateTimeWord(s, p);
                throw BadDateTime(s);
            }

            if (!hasDate)
            {
                DateTime today = DateTime.Today;
                year = today.Year;
                month = today.Month;
                day = today.Day;
            }
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) throw BadDateTime(s);
            if (hour > 23 || minute > 59 || sec > 59) throw NotInCalendar(s);
            long ticks = new DateTime(year, month, day).Ticks + ((long)hour * 3600 + minute * 60 + sec) * TimeSpan.TicksPerSecond + fraction;
            if (ticks > DateTime.MaxValue.Ticks) throw BadDateTime(s);
            return zoned ? ZonedToLocal(s, ticks, offset) : new DateTime(ticks);
        }

        /// The local time (Kind Local) of `ticks` read at `offset` from UTC, adjusted as .NET
        /// adjusts it: a time on the calendar's first day stays within that day, wrapping
        /// around; past either end of the calendar is out of range.
        internal static DateTime ZonedToLocal(string s, long ticks, long offset)
        {
            if (offset > 14 * TimeSpan.TicksPerHour || offset < -14 * TimeSpan.TicksPerHour) throw BadOffset(s);
            long utc = ticks - offset;
            if (ticks >= TimeSpan.TicksPerDay && utc >= 0 && utc <= DateTime.MaxValue.Ticks)
            {
                return new DateTime(utc, DateTimeKind.Utc).ToLocalTime();
            }
            long local = utc + new DateTime(ticks).UtcOffset().Ticks;
            if (ticks < TimeSpan.TicksPerDay && local < 0) local += TimeSpan.TicksPerDay;
            if (local < 0 || local > DateTime.MaxValue.Ticks)
            {
                throw new FormatException("The DateTime represented by the string '" + s + "' is out of range.");
            }
            return new DateTime(local, DateTimeKind.Local);
        }

        internal static FormatException UnknownDateTimeWord(string s, int index)
        {
            return new FormatException("The string '" + s + "' was not recognized as a valid DateTime. There is an unknown word starting at index '" + index.ToString() + "'.");
        }
    }
}
