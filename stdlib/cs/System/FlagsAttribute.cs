namespace System
{
    /// Marks an enum as a set of bit flags: ToString lists the names of
    /// the bits set ("Read, Write").
    public class FlagsAttribute : Attribute
    {
        public FlagsAttribute()
        {
        }
    }
}
