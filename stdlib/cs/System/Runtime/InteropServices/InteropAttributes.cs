namespace System.Runtime.InteropServices
{
    // In, Out and Optional are pseudo-attributes: the compiler turns them into the
    // parameter's flags (ECMA-335 II.23.1.13) and emits no attribute.

    /// Data flows from the caller into the parameter (marshaling only).
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class InAttribute : Attribute
    {
        public InAttribute()
        {
        }
    }

    /// Data flows from the parameter back to the caller (`out` parameters carry it).
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute
    {
        public OutAttribute()
        {
        }
    }

    /// The parameter may be left out by callers of other languages.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OptionalAttribute : Attribute
    {
        public OptionalAttribute()
        {
        }
    }

    /// Whether COM sees the type or member (metadata only).
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Method
        | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ComVisibleAttribute : Attribute
    {
        private bool _value;

        public ComVisibleAttribute(bool visibility)
        {
            _value = visibility;
        }

        public bool Value
        {
            get { return _value; }
        }
    }

    /// The GUID COM knows the type or type library by (metadata only).
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum
        | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class GuidAttribute : Attribute
    {
        private string _value;

        public GuidAttribute(string guid)
        {
            _value = guid;
        }

        public string Value
        {
            get { return _value; }
        }
    }
}
