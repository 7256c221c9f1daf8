namespace System
{
    /// The base of every custom attribute.
    public abstract class Attribute
    {
        protected Attribute()
        {
        }
    }

    /// Marks a `params` parameter: callers may pass its elements one by
    /// one. Compilers write it; the runtime ignores it.
    public sealed class ParamArrayAttribute : Attribute
    {
        public ParamArrayAttribute()
        {
        }
    }
}
