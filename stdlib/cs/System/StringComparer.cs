using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// String comparison and equality as comparer objects, for sorting and
    /// for dictionaries keyed by strings. Ordinal compares UTF-16 code
    /// units; OrdinalIgnoreCase compares them after invariant upper-casing.
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);

        protected StringComparer()
        {
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
            return string.CompareOrdinal(x.ToUpperInvariant(), y.ToUpperInvariant());
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
}
