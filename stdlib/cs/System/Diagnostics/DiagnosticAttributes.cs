namespace System.Diagnostics
{
    /// A call to a method with this attribute is compiled only where the symbol is defined
    /// (`#define`); elsewhere the call and its arguments disappear.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        private string _conditionString;

        public ConditionalAttribute(string conditionString)
        {
            _conditionString = conditionString;
        }

        public string ConditionString
        {
            get { return _conditionString; }
        }
    }

    /// How a debugger shows the type (metadata only).
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Delegate, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : Attribute
    {
        private string _value;

        public DebuggerDisplayAttribute(string value)
        {
            _value = value == null ? "" : value;
        }

        public string Value
        {
            get { return _value; }
        }

        public string Name { get; set; }

        public string Type { get; set; }
    }

    /// The debugger steps over the member (metadata only).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute
    {
        public DebuggerStepThroughAttribute()
        {
        }
    }
}
