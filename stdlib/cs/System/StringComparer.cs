using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// String comparison and equality as comparer objects, for sorting and
    /// for dictionaries keyed by strings. Ordinal compares UTF-16 code
    /// units; OrdinalIgnoreCase compares them as String.Compare does with
    /// StringComparison.OrdinalIgnoreCase. The culture-aware comparers use the
    /// invariant culture (the current culture is taken to be it).
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static readonly StringComparer s_invariantCulture = new CultureComparer(false, false);
        private static readonly StringComparer s_invariantCultureIgnoreCase = new CultureComparer(false, true);

        protected StringComparer()
        {
        }

        public static StringComparer InvariantCulture
        {
            get { return s_invariantCulture; }
        }

        public static StringComparer InvariantCultureIgnoreCase
        {
            get { return s_invariantCultureIgnoreCase; }
        }

        /// A new comparer each time, as in .NET (where the current culture may change).
        public static StringComparer CurrentCulture
        {
            get { return new CultureComparer(true, false); }
        }

        public static StringComparer CurrentCultureIgnoreCase
        {
            get { return new CultureComparer(true, true); }
        }

        /// The comparer that orders and equates strings as the comparison kind does.
        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                    return CurrentCulture;
                case StringComparison.CurrentCultureIgnoreCase:
                    return CurrentCultureIgnoreCase;
                case StringComparison.InvariantCulture:
                    return s_invariantCulture;
                case StringComparison.InvariantCultureIgnoreCase:
                    return s_invariantCultureIgnoreCase;
                case StringComparison.Ordinal:
                    return s_ordinal;
                case StringComparison.OrdinalIgnoreCase:
                    return s_ordinalIgnoreCase;
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
            }
        }

        public static StringComparer Ordinal
        {
            get { return s_ordinal; }
        }

        public static StringComparer OrdinalIgnoreCase
        {
            get { return s_ordinalIgnoreCase; }
        }

        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null) return Compare(sa, sb);
            IComparable ia = x as IComparable;
            if (ia != null) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null) return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            string s = obj as string;
            if (s != null) return GetHashCode(s);
            return obj.GetHashCode();
        }

        public abstract int Compare(string x, string y);

        public abstract bool Equals(string x, string y);

        public abstract int GetHashCode(string obj);
    }

    internal sealed class OrdinalComparer : StringComparer
    {
        private readonly bool _ignoreCase;

        internal OrdinalComparer(bool ignoreCase)
        {
            _ignoreCase = ignoreCase;
        }

        public override int Compare(string x, string y)
        {
            if ((object)x == (object)y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            if (!_ignoreCase) return string.CompareOrdinal(x, y);
            return string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y) return true;
            if (x == null || y == null) return false;
            if (x.Length != y.Length) return false;
            return Compare(x, y) == 0;
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return _ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            OrdinalComparer other = obj as OrdinalComparer;
            return other != null && other._ignoreCase == _ignoreCase;
        }

        public override int GetHashCode()
        {
            return _ignoreCase ? 0x4F494343 : 0x4F524443;
        }
    }

    /// The culture-aware comparers: String.Compare's invariant-culture order, optionally
    /// ignoring case; equal exactly when that order says 0.
    internal sealed class CultureComparer : StringComparer
    {
        private readonly bool _current;
        private readonly bool _ignoreCase;

        internal CultureComparer(bool current, bool ignoreCase)
        {
            _current = current;
            _ignoreCase = ignoreCase;
        }

        public override int Compare(string x, string y)
        {
            if ((object)x == (object)y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            return string.CompareCulture(x, y, _ignoreCase);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y) return true;
            if (x == null || y == null) return false;
            return string.CompareCulture(x, y, _ignoreCase) == 0;
        }

        /// Equal strings (ignoring case: equal lower-cased strings) hash alike.
        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return _ignoreCase ? obj.ToLowerInvariant().GetHashCode() : obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            CultureComparer other = obj as CultureComparer;
            return other != null && other._current == _current && other._ignoreCase == _ignoreCase;
        }

        public override int GetHashCode()
        {
            return (_current ? 0x43554C54 : 0x494E5654) ^ (_ignoreCase ? 1 : 0);
        }
    }
}
