namespace System.Runtime.CompilerServices
{
    /// Names the property an indexer compiles to (`Chars` for
    /// System.String's). The compiler reads it and does not emit it.
    [System.AttributeUsage(System.AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : System.Attribute
    {
        public IndexerNameAttribute(string indexerName)
        {
        }
    }
}
