namespace System.Collections
{
    /// An ordering of objects: negative, zero or positive as x is before,
    /// equal to, or after y.
    public interface IComparer
    {
        int Compare(object x, object y);
    }

    /// An equality of objects, with a hash code consistent with it.
    public interface IEqualityComparer
    {
        bool Equals(object x, object y);

        int GetHashCode(object obj);
    }

    /// Equality of composite objects (tuples, arrays) element by element
    /// under a supplied element comparer.
    public interface IStructuralEquatable
    {
        bool Equals(object other, IEqualityComparer comparer);

        int GetHashCode(IEqualityComparer comparer);
    }

    /// Ordering of composite objects element by element.
    public interface IStructuralComparable
    {
        int CompareTo(object other, IComparer comparer);
    }
}
