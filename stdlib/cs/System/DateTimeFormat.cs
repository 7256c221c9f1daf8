namespace System
{
    /// DateTime to text as the invariant culture writes it: the standard one-letter formats
    /// expand to custom patterns, which are then written specifier by specifier.
    internal static class DateTimeFormat
    {
        // Also the names DateTime.Parse reads (DateTimeNameParser).
        internal static readonly string[] s_dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        internal static readonly string[] s_monthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        /// The custom pattern of a standard format letter; null when `c` is none.
        internal static string Standard(char c)
        {
            switch (c)
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm':
                case 'M': return "MMMM dd";
                case 'o':
                case 'O': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r':
                case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'U': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'y':
                case 'Y': return "yyyy MMMM";
                default: return null;
            }
        }

        internal static string Format(DateTime value, string format)
        {
            if (format == null || format.Length == 0) format = "G";
            if (format.Length == 1)
            {
                string pattern = Standard(format[0]);
                if (pattern == null) throw new FormatException("Input string was not in a correct format.");
                if (format[0] == 'U') value = value.ToUniversalTime();
                format = pattern;
            }
            var sb = new System.Text.StringBuilder();
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int n = Repeat(format, i);
                switch (c)
                {
                    case 'd':
                        if (n == 1) sb.Append(value.Day);
                        else if (n == 2) sb.Append(value.Day.ToString("D2"));
                        else if (n == 3) sb.Append(s_dayNames[(int)value.DayOfWeek].Substring(0, 3));
                        else sb.Append(s_dayNames[(int)value.DayOfWeek]);
                        break;
                    case 'M':
                        if (n == 1) sb.Append(value.Month);
                        else if (n == 2) sb.Append(value.Month.ToString("D2"));
                        else if (n == 3) sb.Append(s_monthNames[value.Month - 1].Substring(0, 3));
                        else sb.Append(s_monthNames[value.Month - 1]);
                        break;
                    case 'y':
                        if (n <= 2) sb.Append((value.Year % 100).ToString(n == 1 ? "D1" : "D2"));
                        else sb.Append(value.Year.ToString("D" + n));
                        break;
                    case 'h':
                        {
                            int h = value.Hour % 12;
                            if (h == 0) h = 12;
                            sb.Append(n == 1 ? h.ToString() : h.ToString("D2"));
                            break;
                        }
                    case 'H':
                        sb.Append(n == 1 ? value.Hour.ToString() : value.Hour.ToString("D2"));
                        break;
                    case 'm':
                        sb.Append(n == 1 ? value.Minute.ToString() : value.Minute.ToString("D2"));
                        break;
                    case 's':
                        sb.Append(n == 1 ? value.Second.ToString() : value.Second.ToString("D2"));
                        break;
                    case 'f':
                    case 'F':
                        {
                            if (n > 7) throw new FormatException("Input string was not in a correct format.");
                            long fraction = value.Ticks % TimeSpan.TicksPerSecond;
                            for (int k = 7; k > n; k--) fraction /= 10;
                            string digits = fraction.ToString("D" + n);
                            if (c == 'F')
                            {
                                digits = digits.TrimEnd('0');
                                // Nothing to show: a '.' just before goes too.
                                if (digits.Length == 0 && sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length--;
                            }
                            sb.Append(digits);
                            break;
                        }
                    case 't':
                        {
                            string ampm = value.Hour < 12 ? "AM" : "PM";
                            sb.Append(n == 1 ? ampm.Substring(0, 1) : ampm);
                            break;
                        }
                    case 'z':
                        {
                            TimeSpan offset = value.UtcOffset();
                            long minutes = offset.Ticks / TimeSpan.TicksPerMinute;
                            sb.Append(minutes < 0 ? '-' : '+');
                            if (minutes < 0) minutes = -minutes;
                            if (n == 1) sb.Append(minutes / 60);
                            else sb.Append((minutes / 60).ToString("D2"));
                            if (n >= 3) sb.Append(':').Append((minutes % 60).ToString("D2"));
                            break;
                        }
                    case 'K':
                        n = 1;
                        if (value.Kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (value.Kind == DateTimeKind.Local) sb.Append(Format(value, "zzz"));
                        break;
                    case 'g':
                        sb.Append("A.D.");
                        break;
                    case ':':
                    case '/':
                        sb.Append(c);
                        n = 1;
                        break;
                    case '\'':
                    case '"':
                        {
                            int end = i + 1;
                            while (end < format.Length && format[end] != c)
                            {
                                if (format[end] == '\\' && end + 1 < format.Length) end++;
                                sb.Append(format[end]);
                                end++;
                            }
                            if (end >= format.Length) throw new FormatException("Cannot find a matching quote character for the character '" + c + "'.");
                            n = end - i + 1;
                            break;
                        }
                    case '\\':
                        if (i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        sb.Append(format[i + 1]);
                        n = 2;
                        break;
                    case '%':
                        if (i + 1 >= format.Length || format[i + 1] == '%') throw new FormatException("Input string was not in a correct format.");
                        n = 1;
                        break;
                    default:
                        sb.Append(c);
                        n = 1;
                        break;
                }
                i += n;
            }
            return sb.ToString();
        }

        /// How many times the character at `i` repeats from there.
        private static int Repeat(string format, int i)
        {
            int n = 1;
            while (i + n < format.Length && format[i + n] == format[i]) n++;
            return n;
        }
    }
}
