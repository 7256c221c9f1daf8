namespace System
{
    /// Typed equality. EqualityComparer<T>.Default calls it when T
    /// implements it, and object.Equals otherwise.
    public interface IEquatable<T>
    {
        bool Equals(T other);
    }
}
