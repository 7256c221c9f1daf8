namespace System.Runtime.CompilerServices
{
    /// Marks an extension method, and the class and assembly holding one,
    /// so compilers using the assembly find its extension methods. The
    /// compiler writes it; C# code does not use it by name.
    public sealed class ExtensionAttribute : System.Attribute
    {
        public ExtensionAttribute()
        {
        }
    }
}
