namespace System
{
    /// Supplies culture data to formatting. This library formats with the invariant culture
    /// only, so every method that takes a provider ignores it; the interface exists because
    /// IConvertible's methods (and Convert's matching overloads) name it in their signatures.
    public interface IFormatProvider
    {
        object GetFormat(Type formatType);
    }
}
