namespace System
{
    /// The base of every struct. The runtime copies values of types
    /// derived from it instead of sharing references.
    public abstract class ValueType
    {
        /// Equal when the other object is a boxed value of the same type
        /// with the same contents (compared by the runtime).
        public override extern bool Equals(object obj);

        public override extern int GetHashCode();
    }

    /// The type of a method that returns nothing. It only appears in
    /// signatures; no value of it ever exists.
    public struct Void
    {
    }
}
