namespace System
{
    /// The base of every enum type. An enum value is its underlying
    /// integer; this class carries what all enums share.
    public abstract class Enum : ValueType
    {
    }
}
