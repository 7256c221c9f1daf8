namespace System
{
    /// A length of time in ticks of 100 nanoseconds.
    public partial struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private readonly long _ticks;

        public TimeSpan(long ticks)
        {
            _ticks = ticks;
        }

        public TimeSpan(int hours, int minutes, int seconds) : this(0, hours, minutes, seconds, 0)
        {
        }

        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0)
        {
        }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
        {
            long ms = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
            if (ms > long.MaxValue / TicksPerMillisecond || ms < long.MinValue / TicksPerMillisecond) throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            _ticks = ms * TicksPerMillisecond;
        }

        public long Ticks
        {
            get { return _ticks; }
        }

        public int Days
        {
            get { return (int)(_ticks / TicksPerDay); }
        }

        public int Hours
        {
            get { return (int)(_ticks / TicksPerHour % 24); }
        }

        public int Minutes
        {
            get { return (int)(_ticks / TicksPerMinute % 60); }
        }

        public int Seconds
        {
            get { return (int)(_ticks / TicksPerSecond % 60); }
        }

        public int Milliseconds
        {
            get { return (int)(_ticks / TicksPerMillisecond % 1000); }
        }

        public double TotalDays
        {
            get { return (double)_ticks / TicksPerDay; }
        }

        public double TotalHours
        {
            get { return (double)_ticks / TicksPerHour; }
        }

        public double TotalMinutes
        {
            get { return (double)_ticks / TicksPerMinute; }
        }

        public double TotalSeconds
        {
            get { return (double)_ticks / TicksPerSecond; }
        }

        /// Whole and fractional milliseconds, clamped to what a long of milliseconds holds.
        public double TotalMilliseconds
        {
            get
            {
                double ms = (double)_ticks / TicksPerMillisecond;
                if (ms > long.MaxValue / TicksPerMillisecond) return long.MaxValue / TicksPerMillisecond;
                if (ms < long.MinValue / TicksPerMillisecond) return long.MinValue / TicksPerMillisecond;
                return ms;
            }
        }

        /// `value` units of `scale` ticks, cut to whole ticks (.NET Core 3.0 on; .NET Framework
        /// and Mono round to the millisecond).
        private static TimeSpan Interval(double value, double scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            if (ticks == long.MaxValue) return MaxValue;
            return new TimeSpan((long)ticks);
        }

        public static TimeSpan FromDays(double value)
        {
            return Interval(value, TicksPerDay);
        }

        public static TimeSpan FromHours(double value)
        {
            return Interval(value, TicksPerHour);
        }

        public static TimeSpan FromMinutes(double value)
        {
            return Interval(value, TicksPerMinute);
        }

        public static TimeSpan FromSeconds(double value)
        {
            return Interval(value, TicksPerSecond);
        }

        public static TimeSpan FromMilliseconds(double value)
        {
            return Interval(value, TicksPerMillisecond);
        }

        public static TimeSpan FromTicks(long value)
        {
            return new TimeSpan(value);
        }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            // Overflow when both have one sign and the sum another.
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Negate()
        {
            if (_ticks == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        public TimeSpan Duration()
        {
            if (_ticks == long.MinValue) throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2)
        {
            return t1.Add(t2);
        }

        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2)
        {
            return t1.Subtract(t2);
        }

        public static TimeSpan operator -(TimeSpan t)
        {
            return t.Negate();
        }

        public static TimeSpan operator +(TimeSpan t)
        {
            return t;
        }

        public static bool operator ==(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks == t2._ticks;
        }

        public static bool operator !=(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks != t2._ticks;
        }

        public static bool operator <(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks < t2._ticks;
        }

        public static bool operator >(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks > t2._ticks;
        }

        public static bool operator <=(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks <= t2._ticks;
        }

        public static bool operator >=(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks >= t2._ticks;
        }

        public static int Compare(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks.CompareTo(t2._ticks);
        }

        public int CompareTo(TimeSpan value)
        {
            return _ticks.CompareTo(value._ticks);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeSpan)) throw new ArgumentException("Object must be of type TimeSpan.");
            return CompareTo((TimeSpan)value);
        }

        public bool Equals(TimeSpan obj)
        {
            return _ticks == obj._ticks;
        }

        public override bool Equals(object value)
        {
            return value is TimeSpan && ((TimeSpan)value)._ticks == _ticks;
        }

        public static bool Equals(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks == t2._ticks;
        }

        public override int GetHashCode()
        {
            return (int)_ticks ^ (int)(_ticks >> 32);
        }

        /// The constant ("c") format: `[-][d.]hh:mm:ss[.fffffff]`.
        public override string ToString()
        {
            long ticks = _ticks;
            var sb = new System.Text.StringBuilder();
            // Work on the magnitude; MinValue's has no long, so its parts are negated one by one.
            long days = ticks / TicksPerDay;
            long rest = ticks % TicksPerDay;
            if (ticks < 0)
            {
                sb.Append('-');
                days = -days;
                rest = -rest;
            }
            if (days != 0) sb.Append(days).Append('.');
            sb.Append((rest / TicksPerHour).ToString("D2")).Append(':');
            sb.Append((rest / TicksPerMinute % 60).ToString("D2")).Append(':');
            sb.Append((rest / TicksPerSecond % 60).ToString("D2"));
            long fraction = rest % TicksPerSecond;
            if (fraction != 0) sb.Append('.').Append(fraction.ToString("D7"));
            return sb.ToString();
        }
    }
}
