namespace System
{
    /// The generic form of IComparable: negative, zero or positive as this
    /// value is before, equal to, or after `other`. Comparer<T>.Default and
    /// the generic sorts use it in preference to IComparable (no boxing).
    public interface IComparable<in T>
    {
        int CompareTo(T other);
    }
}
