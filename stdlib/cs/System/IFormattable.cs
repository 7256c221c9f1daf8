namespace System
{
    /// A value that formats itself with a format string. Composite formatting (String.Format,
    /// StringBuilder.AppendFormat, interpolation) passes each item's format to an IFormattable
    /// argument, null when the item has none, so a user type takes "{0:F}" as the numbers do.
    /// The library's own implementations ignore the provider: they format with the invariant
    /// culture.
    public interface IFormattable
    {
        string ToString(string format, IFormatProvider formatProvider);
    }
}
