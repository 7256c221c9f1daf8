namespace System
{
    /// The handle `ldtoken` pushes for a field (ECMA-335 III.4.17): here only the argument of
    /// RuntimeHelpers.InitializeArray.
    public struct RuntimeFieldHandle
    {
        private IntPtr m_value;
    }
}

namespace System.Runtime.CompilerServices
{
    /// Services compilers call. C# compilers (csc, mcs) initialize a constant array with
    /// `ldtoken <field with the data>; call InitializeArray`.
    public static class RuntimeHelpers
    {
        /// Expanded inline by the JIT: copies the field's initial data into the array.
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);
    }
}
