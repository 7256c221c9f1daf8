namespace System.Collections.Generic
{
    /// The base of typed equality comparers, and the home of
    /// EqualityComparer<T>.Default.
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> s_default;

        protected EqualityComparer()
        {
        }

        /// One comparer that decides per call what .NET decides per type
        /// (see ObjectEqualityComparer<T>).
        public static EqualityComparer<T> Default
        {
            get
            {
                EqualityComparer<T> c = s_default;
                if (c == null)
                {
                    c = CreateDefault();
                    s_default = c;
                }
                return c;
            }
        }

        /// The default equality comparer of T. For a T that implements
        /// IEquatable<T>, the runtime puts a GenericEqualityComparer<T> in
        /// place of this call (no boxing per comparison), as CoreCLR chooses
        /// one by reflection; this body serves every other T.
        private static EqualityComparer<T> CreateDefault()
        {
            return new ObjectEqualityComparer<T>();
        }

        public abstract bool Equals(T x, T y);

        public abstract int GetHashCode(T obj);

        /// 0 for null; otherwise obj must be a T.
        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T) return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T && y is T) return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    /// EqualityComparer<T>.Default: two nulls are equal, a null equals
    /// nothing else; otherwise IEquatable<T>.Equals when the value
    /// implements it, else object.Equals. The hash code of null is 0.
    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            IEquatable<T> ex = x as IEquatable<T>;
            if (ex != null) return ex.Equals(y);
            return x.Equals(y);
        }

        public override int GetHashCode(T obj)
        {
            if (obj == null) return 0;
            return obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            return obj is ObjectEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x4F624551;
        }
    }

    /// The default equality comparer of a T that implements IEquatable<T>.
    internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null)
            {
                if (y != null) return x.Equals(y);
                return false;
            }
            if (y != null) return false;
            return true;
        }

        public override int GetHashCode(T obj)
        {
            if (obj == null) return 0;
            return obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            return obj is GenericEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x47656E45;
        }
    }
}
