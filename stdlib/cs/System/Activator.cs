namespace System
{
    /// Creating objects of a type known only at run time.
    public static class Activator
    {
        /// What `new T()` compiles to (C# spec §12.8.17.2). Sharp compiles each
        /// instantiation on its own: for a class T the JIT puts `newobj` of T's
        /// parameterless constructor in place of the call, so this body runs only
        /// for a value type, whose new value is its zero.
        public static T CreateInstance<T>()
        {
            return default(T);
        }
    }
}
