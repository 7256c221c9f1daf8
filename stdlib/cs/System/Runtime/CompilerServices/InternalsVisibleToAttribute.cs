namespace System.Runtime.CompilerServices
{
    /// Names a friend assembly, which may use this one's internal types and members
    /// (metadata for the compilers building that assembly).
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        private string _assemblyName;
        private bool _allInternalsVisible = true;

        public InternalsVisibleToAttribute(string assemblyName)
        {
            _assemblyName = assemblyName;
        }

        public string AssemblyName
        {
            get { return _assemblyName; }
        }

        public bool AllInternalsVisible
        {
            get { return _allInternalsVisible; }
            set { _allInternalsVisible = value; }
        }
    }
}
