namespace System
{
    /// The base of every custom attribute.
    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public abstract class Attribute
    {
        protected Attribute()
        {
        }
    }

    /// Marks a `params` parameter: callers may pass its elements one by
    /// one. Compilers write it; the runtime ignores it.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class ParamArrayAttribute : Attribute
    {
        public ParamArrayAttribute()
        {
        }
    }
}
