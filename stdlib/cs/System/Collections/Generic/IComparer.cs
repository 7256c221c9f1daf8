namespace System.Collections.Generic
{
    /// An ordering of T values.
    public interface IComparer<in T>
    {
        int Compare(T x, T y);
    }

    /// An equality of T values, with a consistent hash code.
    public interface IEqualityComparer<in T>
    {
        bool Equals(T x, T y);

        int GetHashCode(T obj);
    }
}
