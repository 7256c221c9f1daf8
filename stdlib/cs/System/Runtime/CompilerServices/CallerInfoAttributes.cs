namespace System.Runtime.CompilerServices
{
    // Caller information (C# 5): an optional parameter with one of these attributes receives,
    // when a call leaves it out, what the compiler knows of the call site instead of its
    // default value.

    /// The line of the call, from 1.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerLineNumberAttribute : Attribute
    {
        public CallerLineNumberAttribute()
        {
        }
    }

    /// The full path of the source file of the call.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerFilePathAttribute : Attribute
    {
        public CallerFilePathAttribute()
        {
        }
    }

    /// The name of the method, property or event the call is in.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerMemberNameAttribute : Attribute
    {
        public CallerMemberNameAttribute()
        {
        }
    }

    /// Whether the runtime wraps an exception object that is not an Exception (which some
    /// languages can throw) in RuntimeWrappedException; C# compilers write it on every
    /// assembly with the value true.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false, AllowMultiple = false)]
    public sealed class RuntimeCompatibilityAttribute : Attribute
    {
        private bool _wrapNonExceptionThrows;

        public RuntimeCompatibilityAttribute()
        {
        }

        public bool WrapNonExceptionThrows
        {
            get { return _wrapNonExceptionThrows; }
            set { _wrapNonExceptionThrows = value; }
        }
    }
}
