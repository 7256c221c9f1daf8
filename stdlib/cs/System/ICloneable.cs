namespace System
{
    /// A copy on request; ArrayList and Hashtable return shallow copies.
    public interface ICloneable
    {
        object Clone();
    }
}
