namespace System
{
    /// How String's comparisons and searches treat culture and case. The culture-sensitive
    /// kinds use the invariant culture here (the core library has no CultureInfo), so
    /// CurrentCulture and InvariantCulture behave alike.
    public enum StringComparison
    {
        CurrentCulture = 0,
        CurrentCultureIgnoreCase = 1,
        InvariantCulture = 2,
        InvariantCultureIgnoreCase = 3,
        Ordinal = 4,
        OrdinalIgnoreCase = 5,
    }
}
