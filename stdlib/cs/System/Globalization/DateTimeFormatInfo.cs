namespace System.Globalization
{
    /// The invariant culture's date and time names and patterns: the ones DateTime's
    /// ToString and Parse use. Sharp supports only the invariant culture, so the one instance
    /// is read-only and every provider is it.
    public sealed class DateTimeFormatInfo : IFormatProvider
    {
        private static readonly DateTimeFormatInfo s_invariant = new DateTimeFormatInfo();

        private DateTimeFormatInfo()
        {
        }

        public static DateTimeFormatInfo InvariantInfo
        {
            get { return s_invariant; }
        }

        public static DateTimeFormatInfo CurrentInfo
        {
            get { return s_invariant; }
        }

        /// The provider's DateTimeFormatInfo; the invariant one whatever the provider.
        public static DateTimeFormatInfo GetInstance(IFormatProvider provider)
        {
            return s_invariant;
        }

        public bool IsReadOnly
        {
            get { return true; }
        }

        /// January to December and a 13th, empty name (for 13-month calendars), as in .NET;
        /// a fresh copy each time, so callers cannot change the library's table.
        public string[] MonthNames
        {
            get { return Names(DateTimeFormat.s_monthNames, 0, true); }
        }

        public string[] AbbreviatedMonthNames
        {
            get { return Names(DateTimeFormat.s_monthNames, 3, true); }
        }

        public string[] DayNames
        {
            get { return Names(DateTimeFormat.s_dayNames, 0, false); }
        }

        public string[] AbbreviatedDayNames
        {
            get { return Names(DateTimeFormat.s_dayNames, 3, false); }
        }

        public string AMDesignator { get { return "AM"; } }
        public string PMDesignator { get { return "PM"; } }
        public string DateSeparator { get { return "/"; } }
        public string TimeSeparator { get { return ":"; } }
        public string ShortDatePattern { get { return "MM/dd/yyyy"; } }
        public string LongDatePattern { get { return "dddd, dd MMMM yyyy"; } }
        public string ShortTimePattern { get { return "HH:mm"; } }
        public string LongTimePattern { get { return "HH:mm:ss"; } }
        public string FullDateTimePattern { get { return "dddd, dd MMMM yyyy HH:mm:ss"; } }
        public string MonthDayPattern { get { return "MMMM dd"; } }
        public string YearMonthPattern { get { return "yyyy MMMM"; } }
        public string RFC1123Pattern { get { return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; } }
        public string SortableDateTimePattern { get { return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; } }
        public string UniversalSortableDateTimePattern { get { return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; } }

        /// 1 to 13; 13 is the empty name.
        public string GetMonthName(int month)
        {
            CheckMonth(month);
            return month == 13 ? "" : DateTimeFormat.s_monthNames[month - 1];
        }

        public string GetAbbreviatedMonthName(int month)
        {
            CheckMonth(month);
            return month == 13 ? "" : DateTimeFormat.s_monthNames[month - 1].Substring(0, 3);
        }

        public string GetDayName(DayOfWeek dayofweek)
        {
            CheckDay(dayofweek);
            return DateTimeFormat.s_dayNames[(int)dayofweek];
        }

        public string GetAbbreviatedDayName(DayOfWeek dayofweek)
        {
            CheckDay(dayofweek);
            return DateTimeFormat.s_dayNames[(int)dayofweek].Substring(0, 3);
        }

        public object GetFormat(Type formatType)
        {
            return formatType == typeof(DateTimeFormatInfo) ? this : null;
        }

        private static void CheckMonth(int month)
        {
            if (month < 1 || month > 13)
                throw new ArgumentOutOfRangeException("month", "Valid values are between 1 and 13, inclusive.");
        }

        private static void CheckDay(DayOfWeek day)
        {
            if ((int)day < 0 || (int)day > 6)
                throw new ArgumentOutOfRangeException("dayofweek", "Valid values are between 0 and 6, inclusive.");
        }

        /// A copy of `table`, each name cut to `length` characters when it is not 0, with an
        /// empty 13th entry when `thirteen`.
        private static string[] Names(string[] table, int length, bool thirteen)
        {
            string[] names = new string[thirteen ? table.Length + 1 : table.Length];
            for (int i = 0; i < table.Length; i++)
                names[i] = length == 0 ? table[i] : table[i].Substring(0, length);
            if (thirteen) names[table.Length] = "";
            return names;
        }
    }
}
