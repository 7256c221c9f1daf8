namespace System
{
    /// Number formatting, shared by the primitive types' ToString.
    internal static class Number
    {
        /// Invariant-culture decimal digits, '-' for negatives.
        internal static extern string FormatInt64(long value);
    }
}
