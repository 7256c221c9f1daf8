namespace System.Globalization
{
    /// A culture: how text, numbers and dates are written and read. Sharp supports only the
    /// invariant culture (name ""), which is also the current culture; every other name is a
    /// CultureNotFoundException, since no other culture formats exactly as the invariant one
    /// does (en-US, for one, writes dates differently).
    public class CultureInfo : IFormatProvider
    {
        private static readonly CultureInfo s_invariant = new CultureInfo("");

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length != 0)
                throw new CultureNotFoundException("name", name, "Culture is not supported.");
        }

        public static CultureInfo InvariantCulture
        {
            get { return s_invariant; }
        }

        /// The invariant culture; setting it to another culture is impossible, since none can
        /// be made.
        public static CultureInfo CurrentCulture
        {
            get { return s_invariant; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
            }
        }

        public static CultureInfo CurrentUICulture
        {
            get { return s_invariant; }
        }

        /// The culture named `name`: only "" (the invariant culture) here.
        public static CultureInfo GetCultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length != 0)
                throw new CultureNotFoundException("name", name, "Culture is not supported.");
            return s_invariant;
        }

        public virtual string Name
        {
            get { return ""; }
        }

        public virtual string DisplayName
        {
            get { return "Invariant Language (Invariant Country)"; }
        }

        public virtual string EnglishName
        {
            get { return "Invariant Language (Invariant Country)"; }
        }

        public virtual string NativeName
        {
            get { return "Invariant Language (Invariant Country)"; }
        }

        public virtual string TwoLetterISOLanguageName
        {
            get { return "iv"; }
        }

        public virtual string ThreeLetterISOLanguageName
        {
            get { return "ivl"; }
        }

        public bool IsReadOnly
        {
            get { return true; }
        }

        public virtual bool IsNeutralCulture
        {
            get { return false; }
        }

        public virtual NumberFormatInfo NumberFormat
        {
            get { return NumberFormatInfo.InvariantInfo; }
        }

        public virtual DateTimeFormatInfo DateTimeFormat
        {
            get { return DateTimeFormatInfo.InvariantInfo; }
        }

        /// The NumberFormatInfo or DateTimeFormatInfo when asked for one, else null.
        public virtual object GetFormat(Type formatType)
        {
            if (formatType == typeof(NumberFormatInfo)) return NumberFormat;
            if (formatType == typeof(DateTimeFormatInfo)) return DateTimeFormat;
            return null;
        }

        public override bool Equals(object value)
        {
            CultureInfo other = value as CultureInfo;
            return other != null && other.Name == Name;
        }

        public override int GetHashCode()
        {
            return Name.GetHashCode();
        }

        /// The culture's name: "" for the invariant culture.
        public override string ToString()
        {
            return Name;
        }
    }
}
