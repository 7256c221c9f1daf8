namespace System
{
    /// The base of every array type. Single-dimensional arrays are built
    /// into the CIL instruction set (newarr, ldlen, ldelem); this class
    /// carries what all arrays share.
    public abstract class Array
    {
    }
}
