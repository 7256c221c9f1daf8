namespace System.Runtime.InteropServices
{
    /// How the runtime lays out a type's fields (ECMA-335 II.10.1.2): Sequential keeps the
    /// declared order, Explicit takes each field's FieldOffset, Auto lets the runtime choose.
    public enum LayoutKind
    {
        Sequential = 0,
        Explicit = 2,
        Auto = 3,
    }

    /// How strings are marshalled to native code; recorded in the type's flags (II.23.1.15).
    public enum CharSet
    {
        None = 1,
        Ansi = 2,
        Unicode = 3,
        Auto = 4,
    }

    /// A pseudo-attribute: compilers store it in the type's flags and the ClassLayout table
    /// (II.22.8) instead of a CustomAttribute row, and the runtime lays the type out by it.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        private LayoutKind layout;

        /// Field alignment in bytes (0: the natural alignment of each field).
        public int Pack;
        /// The minimum size of the type in bytes.
        public int Size;
        public CharSet CharSet;

        public StructLayoutAttribute(LayoutKind layoutKind)
        {
            layout = layoutKind;
        }

        public StructLayoutAttribute(short layoutKind)
        {
            layout = (LayoutKind)layoutKind;
        }

        public LayoutKind Value
        {
            get { return layout; }
        }
    }

    /// A pseudo-attribute: the byte offset of a field in a type with explicit layout, stored in
    /// the FieldLayout table (II.22.16). Fields may overlap, which makes a union.
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        private int offset;

        public FieldOffsetAttribute(int offset)
        {
            this.offset = offset;
        }

        public int Value
        {
            get { return offset; }
        }
    }
}
