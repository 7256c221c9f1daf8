namespace System
{
    /// Marks an enum as a set of bit flags: `ToString()` then names every
    /// set flag ("Read, Write") instead of printing the number.
    [AttributeUsage(AttributeTargets.Enum, Inherited = false)]
    public class FlagsAttribute : Attribute
    {
        public FlagsAttribute()
        {
        }
    }
}
