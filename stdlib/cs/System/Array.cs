namespace System
{
    /// The base of every array type. Single-dimensional arrays are built
    /// into the CIL instruction set (newarr, ldlen, ldelem); rectangular
    /// ones get Get/Set/Address methods from the runtime. This class
    /// carries what all arrays share.
    public abstract class Array
    {
        /// The total number of elements in all dimensions.
        public extern int Length { get; }

        /// The number of dimensions.
        public extern int Rank { get; }

        /// The number of elements in one dimension.
        public extern int GetLength(int dimension);
    }
}
