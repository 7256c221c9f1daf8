namespace System
{
    public enum DateTimeKind
    {
        Unspecified = 0,
        Utc = 1,
        Local = 2,
    }

    /// A date and time of the proleptic Gregorian calendar: ticks of 100 ns since 0001-01-01
    /// 00:00, and whether they are UTC, local or unspecified. Text is formatted as the
    /// invariant culture does (`DateTimeFormat.cs`).
    public partial struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable
    {
        private const long TicksPerDay = TimeSpan.TicksPerDay;
        private const int DaysPer400Years = 146097;
        private const int DaysPer100Years = 36524;
        private const int DaysPer4Years = 1461;
        /// Days from 0001-01-01 to 9999-12-31, plus one.
        private const int DaysTo10000 = 3652059;
        private const long MaxTicks = DaysTo10000 * TicksPerDay - 1;
        /// Ticks at the Unix epoch, 1970-01-01.
        internal const long UnixEpochTicks = 621355968000000000;

        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);

        private readonly long _ticks;
        private readonly DateTimeKind _kind;

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified)
        {
        }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if (ticks < 0 || ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            if (kind < DateTimeKind.Unspecified || kind > DateTimeKind.Local) throw new ArgumentException("Invalid DateTimeKind value.", "kind");
            _ticks = ticks;
            _kind = kind;
        }

        public DateTime(int year, int month, int day) : this(DateToTicks(year, month, day), DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(year, month, day, hour, minute, second, 0, kind)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if (millisecond < 0 || millisecond >= 1000) throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            if (kind < DateTimeKind.Unspecified || kind > DateTimeKind.Local) throw new ArgumentException("Invalid DateTimeKind value.", "kind");
            long ticks = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + millisecond * TimeSpan.TicksPerMillisecond;
            if (ticks > MaxTicks) throw new ArgumentException("Combination of arguments to the DateTime constructor is out of the legal range.");
            _ticks = ticks;
            _kind = kind;
        }

        private static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            if (day > days[month] - days[month - 1])
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int y = year - 1;
            long n = (long)y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            return n * TicksPerDay;
        }

        private static long TimeToTicks(int hour, int minute, int second)
        {
            if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return ((long)hour * 3600 + minute * 60 + second) * TimeSpan.TicksPerSecond;
        }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return days[month] - days[month - 1];
        }

        /// Year, month and day of the date part: 400-, 100-, 4- and 1-year cycles, then the
        /// month table.
        private void GetDate(out int year, out int month, out int day)
        {
            int n = (int)(_ticks / TicksPerDay);
            int y400 = n / DaysPer400Years;
            n -= y400 * DaysPer400Years;
            int y100 = n / DaysPer100Years;
            if (y100 == 4) y100 = 3;
            n -= y100 * DaysPer100Years;
            int y4 = n / DaysPer4Years;
            n -= y4 * DaysPer4Years;
            int y1 = n / 365;
            if (y1 == 4) y1 = 3;
            n -= y1 * 365;
            year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            int m = 1;
            while (n >= days[m]) m++;
            month = m;
            day = n - days[m - 1] + 1;
        }

        public int Year
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                return y;
            }
        }

        public int Month
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                return m;
            }
        }

        public int Day
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                return d;
            }
        }

        public int DayOfYear
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                int[] days = IsLeapYear(y) ? s_daysToMonth366 : s_daysToMonth365;
                return days[m - 1] + d;
            }
        }

        /// 0001-01-01 was a Monday.
        public DayOfWeek DayOfWeek
        {
            get { return (DayOfWeek)((_ticks / TicksPerDay + 1) % 7); }
        }

        public int Hour
        {
            get { return (int)(_ticks / TimeSpan.TicksPerHour % 24); }
        }

        public int Minute
        {
            get { return (int)(_ticks / TimeSpan.TicksPerMinute % 60); }
        }

        public int Second
        {
            get { return (int)(_ticks / TimeSpan.TicksPerSecond % 60); }
        }

        public int Millisecond
        {
            get { return (int)(_ticks / TimeSpan.TicksPerMillisecond % 1000); }
        }

        public long Ticks
        {
            get { return _ticks; }
        }

        public DateTimeKind Kind
        {
            get { return _kind; }
        }

        public DateTime Date
        {
            get { return new DateTime(_ticks - _ticks % TicksPerDay, _kind); }
        }

        public TimeSpan TimeOfDay
        {
            get { return new TimeSpan(_ticks % TicksPerDay); }
        }

        // ---- the clock ----------------------------------------------------------------------

        /// Ticks since 1970 of the system clock (UTC), and the local zone's offset from UTC
        /// in seconds at that moment.
        internal static extern long UtcNowTicksSinceEpoch();
        internal static extern int LocalOffsetSeconds(long unixSeconds);

        public static DateTime UtcNow
        {
            get { return new DateTime(UnixEpochTicks + UtcNowTicksSinceEpoch(), DateTimeKind.Utc); }
        }

        public static DateTime Now
        {
            get { return UtcNow.ToLocalTime(); }
        }

        public static DateTime Today
        {
            get { return Now.Date; }
        }

        public DateTime ToLocalTime()
        {
            if (_kind == DateTimeKind.Local) return this;
            long offset = LocalOffsetSeconds((_ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond;
            return new DateTime(Clamp(_ticks + offset), DateTimeKind.Local);
        }

        public DateTime ToUniversalTime()
        {
            if (_kind == DateTimeKind.Utc) return this;
            long offset = LocalOffsetSeconds((_ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond;
            return new DateTime(Clamp(_ticks - offset), DateTimeKind.Utc);
        }

        private static long Clamp(long ticks)
        {
            return ticks < 0 ? 0 : ticks > MaxTicks ? MaxTicks : ticks;
        }

        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind)
        {
            return new DateTime(value._ticks, kind);
        }

        // ---- arithmetic ---------------------------------------------------------------------

        public DateTime Add(TimeSpan value)
        {
            return AddTicks(value.Ticks);
        }

        public DateTime AddTicks(long value)
        {
            long ticks = _ticks + value;
            if (value > MaxTicks - _ticks || value < -_ticks) throw new ArgumentOutOfRangeException("value", "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(ticks, _kind);
        }

        /// `value` units of `scale` milliseconds, rounded to the millisecond as .NET does.
        private DateTime AddUnits(double value, long scale)
        {
            double millis = value * scale + (value >= 0 ? 0.5 : -0.5);
            if (millis <= -315537897600000.0 || millis >= 315537897600000.0) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return AddTicks((long)millis * TimeSpan.TicksPerMillisecond);
        }

        public DateTime AddDays(double value)
        {
            return AddUnits(value, 86400000);
        }

        public DateTime AddHours(double value)
        {
            return AddUnits(value, 3600000);
        }

        public DateTime AddMinutes(double value)
        {
            return AddUnits(value, 60000);
        }

        public DateTime AddSeconds(double value)
        {
            return AddUnits(value, 1000);
        }

        public DateTime AddMilliseconds(double value)
        {
            return AddUnits(value, 1);
        }

        /// The same day `months` later, or the month's last day when it is shorter.
        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int y, m, d;
            GetDate(out y, out m, out d);
            int i = m - 1 + months;
            if (i >= 0)
            {
                m = i % 12 + 1;
                y = y + i / 12;
            }
            else
            {
                m = 12 + (i + 1) % 12;
                y = y + (i - 11) / 12;
            }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException("months", "The added or subtracted value results in an un-representable DateTime.");
            int days = DaysInMonth(y, m);
            if (d > days) d = days;
            return new DateTime(DateToTicks(y, m, d) + _ticks % TicksPerDay, _kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000) throw new ArgumentOutOfRangeException("years", "Years value must be between +/-10000.");
            return AddMonths(value * 12);
        }

        public TimeSpan Subtract(DateTime value)
        {
            return new TimeSpan(_ticks - value._ticks);
        }

        public DateTime Subtract(TimeSpan value)
        {
            return AddTicks(-value.Ticks);
        }

        public static DateTime operator +(DateTime d, TimeSpan t)
        {
            return d.AddTicks(t.Ticks);
        }

        public static DateTime operator -(DateTime d, TimeSpan t)
        {
            return d.AddTicks(-t.Ticks);
        }

        public static TimeSpan operator -(DateTime d1, DateTime d2)
        {
            return new TimeSpan(d1._ticks - d2._ticks);
        }

        // ---- comparison ---------------------------------------------------------------------

        public static bool operator ==(DateTime d1, DateTime d2)
        {
            return d1._ticks == d2._ticks;
        }

        public static bool operator !=(DateTime d1, DateTime d2)
        {
            return d1._ticks != d2._ticks;
        }

        public static bool operator <(DateTime t1, DateTime t2)
        {
            return t1._ticks < t2._ticks;
        }

        public static bool operator >(DateTime t1, DateTime t2)
        {
            return t1._ticks > t2._ticks;
        }

        public static bool operator <=(DateTime t1, DateTime t2)
        {
            return t1._ticks <= t2._ticks;
        }

        public static bool operator >=(DateTime t1, DateTime t2)
        {
            return t1._ticks >= t2._ticks;
        }

        public static int Compare(DateTime t1, DateTime t2)
        {
            return t1._ticks.CompareTo(t2._ticks);
        }

        public int CompareTo(DateTime value)
        {
            return _ticks.CompareTo(value._ticks);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateTime)) throw new ArgumentException("Object must be of type DateTime.");
            return CompareTo((DateTime)value);
        }

        public bool Equals(DateTime value)
        {
            return _ticks == value._ticks;
        }

        public override bool Equals(object value)
        {
            return value is DateTime && ((DateTime)value)._ticks == _ticks;
        }

        public static bool Equals(DateTime t1, DateTime t2)
        {
            return t1._ticks == t2._ticks;
        }

        public override int GetHashCode()
        {
            return (int)_ticks ^ (int)(_ticks >> 32);
        }

        // ---- text ---------------------------------------------------------------------------

        /// The general format of the invariant culture: `MM/dd/yyyy HH:mm:ss`.
        public override string ToString()
        {
            return DateTimeFormat.Format(this, "G");
        }

        /// A standard format (one letter: d D f F g G M O R s t T u Y) or a custom one
        /// (`yyyy-MM-dd HH:mm:ss.fff`, quoted literals, `\` escapes).
        public string ToString(string format)
        {
            return DateTimeFormat.Format(this, format);
        }

        /// The provider is ignored: the library formats with the invariant culture.
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        public string ToShortDateString()
        {
            return DateTimeFormat.Format(this, "d");
        }

        public string ToLongDateString()
        {
            return DateTimeFormat.Format(this, "D");
        }

        public string ToShortTimeString()
        {
            return DateTimeFormat.Format(this, "t");
        }

        public string ToLongTimeString()
        {
            return DateTimeFormat.Format(this, "T");
        }

        /// The offset from UTC that the `z` and `K` specifiers print.
        internal TimeSpan UtcOffset()
        {
            if (_kind == DateTimeKind.Utc) return TimeSpan.Zero;
            long seconds = LocalOffsetSeconds((_ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond);
            return new TimeSpan(seconds * TimeSpan.TicksPerSecond);
        }
    }
}
