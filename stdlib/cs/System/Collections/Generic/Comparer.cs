namespace System.Collections.Generic
{
    /// The base of typed comparers, and the home of Comparer<T>.Default.
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        /// A comparer that calls `comparison`.
        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            return new ComparisonComparer<T>(comparison);
        }

        private static Comparer<T> s_default;

        protected Comparer()
        {
        }

        /// .NET picks a specialised comparer by reflection when the type is
        /// first used; this one decides on each call instead (see
        /// ObjectComparer<T>), with the same results.
        public static Comparer<T> Default
        {
            get
            {
                Comparer<T> c = s_default;
                if (c == null)
                {
                    c = CreateDefault();
                    s_default = c;
                }
                return c;
            }
        }

        /// The default comparer of T. For a T that implements IComparable<T>,
        /// the runtime puts a GenericComparer<T> in place of this call (its
        /// constraint lets it call CompareTo without boxing), as CoreCLR
        /// chooses one by reflection; this body serves every other T.
        private static Comparer<T> CreateDefault()
        {
            return new ObjectComparer<T>();
        }

        public abstract int Compare(T x, T y);

        /// Nulls first; otherwise both must be T.
        int IComparer.Compare(object x, object y)
        {
            if (x == null)
            {
                if (y == null) return 0;
                return -1;
            }
            if (y == null) return 1;
            if (x is T && y is T) return Compare((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    /// Comparer<T>.Default: null before anything else, then
    /// IComparable<T>.CompareTo when the value implements it, then the
    /// non-generic Comparer.Default (strings, IComparable, or
    /// "At least one object must implement IComparable.").
    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null)
            {
                if (y == null) return 0;
                return -1;
            }
            if (y == null) return 1;
            IComparable<T> gx = x as IComparable<T>;
            if (gx != null) return gx.CompareTo(y);
            return Comparer.Default.Compare(x, y);
        }

        public override bool Equals(object obj)
        {
            return obj is ObjectComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x4F626A43;
        }
    }

    /// The default comparer of a T that implements IComparable<T>.
    internal sealed class GenericComparer<T> : Comparer<T> where T : IComparable<T>
    {
        public override int Compare(T x, T y)
        {
            if (x != null)
            {
                if (y != null) return x.CompareTo(y);
                return 1;
            }
            if (y != null) return -1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            return obj is GenericComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x47656E43;
        }
    }

    /// What Comparer<T>.Create makes, and what Sort(Comparison<T>) sorts with.
    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _comparison;

        public ComparisonComparer(Comparison<T> comparison)
        {
            _comparison = comparison;
        }

        /// The comparison itself, which the sort calls directly.
        internal Comparison<T> Comparison
        {
            get { return _comparison; }
        }

        public override int Compare(T x, T y)
        {
            return _comparison(x, y);
        }
    }
}
