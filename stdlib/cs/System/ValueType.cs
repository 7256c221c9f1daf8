namespace System
{
    /// The base of every struct. The runtime copies values of types
    /// derived from it instead of sharing references.
    public abstract class ValueType
    {
    }

    /// The type of a method that returns nothing. It only appears in
    /// signatures; no value of it ever exists.
    public struct Void
    {
    }
}
