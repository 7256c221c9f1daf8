namespace System
{
    /// The declarations an attribute may be applied to (the values are .NET's).
    public enum AttributeTargets
    {
        Assembly = 1,
        Module = 2,
        Class = 4,
        Struct = 8,
        Enum = 16,
        Constructor = 32,
        Method = 64,
        Property = 128,
        Field = 256,
        Event = 512,
        Interface = 1024,
        Parameter = 2048,
        Delegate = 4096,
        ReturnValue = 8192,
        GenericParameter = 16384,
        All = 32767,
    }

    /// Where an attribute class may be applied, and whether more than once. The compiler
    /// reads it (CS0592, CS0579).
    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        private AttributeTargets _validOn;
        private bool _allowMultiple;
        private bool _inherited = true;

        public AttributeUsageAttribute(AttributeTargets validOn)
        {
            _validOn = validOn;
        }

        public AttributeTargets ValidOn
        {
            get { return _validOn; }
        }

        public bool AllowMultiple
        {
            get { return _allowMultiple; }
            set { _allowMultiple = value; }
        }

        public bool Inherited
        {
            get { return _inherited; }
            set { _inherited = value; }
        }
    }

    /// Marks a member or type as obsolete: a use of it is warning CS0618 (CS0612 without a
    /// message), or error CS0619 when `error` is true.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ObsoleteAttribute : Attribute
    {
        private string _message;
        private bool _error;

        public ObsoleteAttribute()
        {
        }

        public ObsoleteAttribute(string message)
        {
            _message = message;
        }

        public ObsoleteAttribute(string message, bool error)
        {
            _message = message;
            _error = error;
        }

        public string Message
        {
            get { return _message; }
        }

        public bool IsError
        {
            get { return _error; }
        }
    }

    /// The type may be serialized: a pseudo-attribute, kept as the type's Serializable flag.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Delegate, Inherited = false)]
    public sealed class SerializableAttribute : Attribute
    {
        public SerializableAttribute()
        {
        }
    }

    /// The field is left out of serialization: a pseudo-attribute, kept as the field's flag.
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class NonSerializedAttribute : Attribute
    {
        public NonSerializedAttribute()
        {
        }
    }

    /// Whether the element complies with the Common Language Specification (metadata only).
    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CLSCompliantAttribute : Attribute
    {
        private bool _compliant;

        public CLSCompliantAttribute(bool isCompliant)
        {
            _compliant = isCompliant;
        }

        public bool IsCompliant
        {
            get { return _compliant; }
        }
    }
}
