namespace System.Runtime.CompilerServices
{
    /// How a method is implemented (ECMA-335 II.23.1.11, the
    /// MethodImplAttributes a compiler writes into ImplFlags).
    [Flags]
    public enum MethodImplOptions
    {
        Unmanaged = 4,
        NoInlining = 8,
        ForwardRef = 16,
        Synchronized = 32,
        NoOptimization = 64,
        PreserveSig = 128,
        AggressiveInlining = 256,
        InternalCall = 4096,
    }

    /// A pseudo-attribute: the compiler turns `[MethodImpl(options)]` into
    /// the method's ImplFlags and never emits it as a custom attribute.
    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        private MethodImplOptions _value;

        public MethodImplAttribute()
        {
        }

        public MethodImplAttribute(MethodImplOptions methodImplOptions)
        {
            _value = methodImplOptions;
        }

        public MethodImplAttribute(short value)
        {
            _value = (MethodImplOptions)value;
        }

        public MethodImplOptions Value
        {
            get { return _value; }
        }
    }
}
