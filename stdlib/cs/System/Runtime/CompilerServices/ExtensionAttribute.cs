namespace System.Runtime.CompilerServices
{
    /// Marks an extension method, and the class and assembly holding one,
    /// so compilers using the assembly find its extension methods. The
    /// compiler writes it; C# code does not use it by name.
    [System.AttributeUsage(System.AttributeTargets.Assembly | System.AttributeTargets.Class | System.AttributeTargets.Method)]
    public sealed class ExtensionAttribute : System.Attribute
    {
        public ExtensionAttribute()
        {
        }
    }
}
