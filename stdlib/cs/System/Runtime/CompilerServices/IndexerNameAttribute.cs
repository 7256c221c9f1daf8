namespace System.Runtime.CompilerServices
{
    /// Names the property an indexer compiles to (`Chars` for
    /// System.String's). The compiler reads it and does not emit it.
    public sealed class IndexerNameAttribute : System.Attribute
    {
        public IndexerNameAttribute(string indexerName)
        {
        }
    }
}
