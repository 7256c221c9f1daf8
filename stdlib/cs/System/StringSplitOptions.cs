namespace System
{
    /// Whether String.Split keeps the empty pieces between adjacent
    /// separators.
    [Flags]
    public enum StringSplitOptions
    {
        None = 0,
        RemoveEmptyEntries = 1,
    }
}
