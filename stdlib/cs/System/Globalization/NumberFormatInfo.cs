namespace System.Globalization
{
    /// The invariant culture's number symbols. Sharp formats and parses numbers only as the
    /// invariant culture does, so the one instance is read-only and every provider is it.
    public sealed class NumberFormatInfo : IFormatProvider
    {
        private static readonly NumberFormatInfo s_invariant = new NumberFormatInfo();

        private NumberFormatInfo()
        {
        }

        public static NumberFormatInfo InvariantInfo
        {
            get { return s_invariant; }
        }

        public static NumberFormatInfo CurrentInfo
        {
            get { return s_invariant; }
        }

        /// The provider's NumberFormatInfo; the invariant one whatever the provider.
        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider)
        {
            return s_invariant;
        }

        public bool IsReadOnly
        {
            get { return true; }
        }

        public string NumberDecimalSeparator { get { return "."; } }
        public string NumberGroupSeparator { get { return ","; } }
        public int NumberDecimalDigits { get { return 2; } }
        public string NegativeSign { get { return "-"; } }
        public string PositiveSign { get { return "+"; } }
        public string CurrencySymbol { get { return "\u00A4"; } }
        public string CurrencyDecimalSeparator { get { return "."; } }
        public string CurrencyGroupSeparator { get { return ","; } }
        public int CurrencyDecimalDigits { get { return 2; } }
        public string PercentSymbol { get { return "%"; } }
        public string PercentDecimalSeparator { get { return "."; } }
        public string PercentGroupSeparator { get { return ","; } }
        public int PercentDecimalDigits { get { return 2; } }
        public string PerMilleSymbol { get { return "\u2030"; } }
        public string NaNSymbol { get { return "NaN"; } }
        public string PositiveInfinitySymbol { get { return "Infinity"; } }
        public string NegativeInfinitySymbol { get { return "-Infinity"; } }

        public object GetFormat(Type formatType)
        {
            return formatType == typeof(NumberFormatInfo) ? this : null;
        }
    }
}
