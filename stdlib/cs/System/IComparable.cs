namespace System
{
    /// A type whose values have an order: negative, zero or positive as
    /// this value is before, equal to, or after `obj`.
    public interface IComparable
    {
        int CompareTo(object obj);
    }
}
