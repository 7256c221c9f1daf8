namespace System
{
    /// DateTimeNameParser's second step: the date the tokens spell, and the result.
    internal sealed partial class DateTimeNameParser
    {
        /// The DateTime the tokens make: the date is their one run of numbers and month name,
        /// with anything else before or after it, or today when there is only a time.
        private DateTime Result()
        {
            int year, month, day;
            if (_iso)
            {
                year = _tokens[0].Value;
                month = _tokens[1].Value;
                day = _tokens[2].Value;
                // Here .NET words an impossible date as it words an impossible time.
                if (!IsDate(year, month, day)) throw Convert.NotInCalendar(_s);
                return At(year, month, day);
            }
            int first = 0;
            while (first < _count && !IsPart(_tokens[first].Kind)) first++;
            if (first == _count)
            {
                // A time alone is on today's date; a day name needs a date to check.
                if (!_hasTime || _dayOfWeek >= 0) throw Bad();
                DateTime today = DateTime.Now;
                return At(today.Year, today.Month, today.Day);
            }
            int last = first;
            while (last + 1 < _count && IsPart(_tokens[last + 1].Kind)) last++;
            for (int i = last + 1; i < _count; i++)
            {
                if (IsPart(_tokens[i].Kind)) throw Bad();
            }
            // Only day names may follow a date of two pieces: .NET reads a number or time there
            // as more of the date, with odd results ("Mar 1 12:30" is 1:12 today), and refuses
            // a zone.
            if (last == first + 1 && last + 1 < _count) throw Bad();
            DateOf(first, last - first + 1, out year, out month, out day);
            if (!IsDate(year, month, day)) throw Bad();
            return At(year, month, day);
        }

        /// Whether only white space follows `p`, up to the very end of the text (a closing NUL
        /// or '#' is not white space here).
        private bool BlankFrom(int p)
        {
            for (; p < _s.Length; p++)
            {
                if (!char.IsWhiteSpace(_s[p])) return false;
            }
            return true;
        }

        private static bool IsPart(Kind kind)
        {
            return kind == Kind.Number || kind == Kind.Month;
        }

        private static bool IsDate(int year, int month, int day)
        {
            return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }

        /// The date that `count` pieces from `first` spell, in the invariant culture's orders.
        /// With a month name, a number of three or more digits is the year and a shorter one
        /// the day, in any order ("1 Mar 2024", "2024 1 Mar"); two short numbers are the day
        /// then the year ("Mar 1 24", "1-Mar-24"), or the year then the day when that is no
        /// date ("Feb 30 12" is 1930-02-12); a month and a year alone is the first of the
        /// month; a month then a short number is that day this year ("Mar 24"), but a short
        /// number then a month is that month's first in that year ("1 March" is 2001-03-01).
        /// Numbers alone are month, day, year, or year, month, day with a long year first;
        /// two are month and day this year. A one- or two-digit year is 1930-2029.
        private void DateOf(int first, int count, out int year, out int month, out int day)
        {
            if (count < 2 || count > 3) throw Bad();
            int monthAt = -1;
            int numbers = 0;
            Token a = default(Token), b = default(Token), c = default(Token);
            for (int i = first; i < first + count; i++)
            {
                Token t = _tokens[i];
                if (t.Kind == Kind.Month)
                {
                    if (monthAt >= 0) throw Bad();
                    monthAt = i;
                    continue;
                }
                if (numbers == 0) a = t;
                else if (numbers == 1) b = t;
                else c = t;
                numbers++;
            }
            if (monthAt >= 0)
            {
                month = _tokens[monthAt].Value;
                if (count == 2)
                {
                    if (a.Digits >= 3)
                    {
                        year = a.Value;
                        day = 1;
                    }
                    else if (monthAt == first)
                    {
                        year = DateTime.Now.Year;
                        day = a.Value;
                    }
                    else
                    {
                        // With a '/' or '-' before the month, .NET reads "01-Mar" so only when
                        // nothing but white space follows, and else as a day of this year.
                        Token m = _tokens[monthAt];
                        if (m.Joined && !BlankFrom(m.End)) throw Bad();
                        year = ShortYear(a.Value);
                        day = 1;
                    }
                }
                else if (a.Digits >= 3 && b.Digits >= 3)
                {
                    throw Bad();
                }
                else if (a.Digits >= 3 || b.Digits >= 3)
                {
                    year = a.Digits >= 3 ? a.Value : b.Value;
                    day = a.Digits >= 3 ? b.Value : a.Value;
                }
                else
                {
                    // "30 Feb 12" cannot be the 30th: 12 February 1930.
                    bool dayFirst = IsDate(ShortYear(b.Value), month, a.Value);
                    day = dayFirst ? a.Value : b.Value;
                    year = ShortYear(dayFirst ? b.Value : a.Value);
                }
                return;
            }
            if (count == 2)
            {
                if (a.Digits >= 3 || b.Digits >= 3) throw Bad();
                year = DateTime.Now.Year;
                month = a.Value;
                day = b.Value;
            }
            else if (a.Digits >= 3)
            {
                if (b.Digits >= 3 || c.Digits >= 3) throw Bad();
                year = a.Value;
                month = b.Value;
                day = c.Value;
            }
            else
            {
                if (b.Digits >= 3) throw Bad();
                month = a.Value;
                day = b.Value;
                year = c.Digits >= 3 ? c.Value : ShortYear(c.Value);
            }
        }

        /// A year written with one or two digits, in the invariant calendar's century 1930-2029.
        private static int ShortYear(int year)
        {
            return year < 30 ? 2000 + year : 1900 + year;
        }

        /// The result on the given date: the time with AM/PM applied, checked, then the day
        /// name and the zone.
        private DateTime At(int year, int month, int day)
        {
            int hour = _hour;
            if (_mark == AmMark)
            {
                if (hour > 12) throw Bad();
                if (hour == 12) hour = 0;
            }
            else if (_mark == PmMark)
            {
                if (hour > 23) throw Bad();
                if (hour < 12) hour += 12;
            }
            if (hour > 23 || _minute > 59 || _second > 59) throw Convert.NotInCalendar(_s);
            long ticks = new DateTime(year, month, day).Ticks + ((long)hour * 3600 + _minute * 60 + _second) * TimeSpan.TicksPerSecond;
            ticks += (long)Math.Round(_fraction * TimeSpan.TicksPerSecond);
            if (ticks > DateTime.MaxValue.Ticks) throw Bad();
            // The day the time falls on, once a fraction has rounded it.
            if (_dayOfWeek >= 0 && (int)new DateTime(ticks).DayOfWeek != _dayOfWeek)
            {
                throw new FormatException("String '" + _s + "' was not recognized as a valid DateTime because the day of week was incorrect.");
            }
            return _zoned ? Convert.ZonedToLocal(_s, ticks, _offset) : new DateTime(ticks);
        }
    }
}
