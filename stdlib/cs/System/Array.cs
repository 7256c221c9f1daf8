namespace System
{
    /// The base of every array type. Single-dimensional arrays are built
    /// into the CIL instruction set (newarr, ldlen, ldelem); rectangular
    /// ones get Get/Set/Address methods from the runtime. This class
    /// carries what all arrays share. The static helpers take `Array` (the
    /// non-generic .NET signatures, which exist on every runtime) and work
    /// on the raw elements through natives.
    public abstract partial class Array : System.Collections.IEnumerable, ICloneable
    {
        /// The elements in index order, each boxed if it is a value (a
        /// foreach over an array through IEnumerable).
        public System.Collections.IEnumerator GetEnumerator()
        {
            return new ArrayEnumerator(this);
        }

        /// The total number of elements in all dimensions.
        public extern int Length { get; }

        /// The number of dimensions.
        public extern int Rank { get; }

        /// The number of elements in one dimension.
        public extern int GetLength(int dimension);

        public int GetLowerBound(int dimension)
        {
            GetLength(dimension);
            return 0;
        }

        public int GetUpperBound(int dimension)
        {
            return GetLength(dimension) - 1;
        }

        /// The element at `index` of a one-dimensional array, boxed if it is a value.
        public extern object GetValue(int index);

        /// The element at row-major position `index` of an array of any rank, boxed if it is
        /// a value.
        internal extern object GetFlatValue(int index);

        /// A shallow copy: the same type, bounds and elements.
        public extern object Clone();

        private static extern void InternalCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);
        private static extern void InternalClear(Array array, int index, int length);
        private static extern void InternalReverse(Array array, int index, int length);

        private static extern Array InternalCreate(long elementType, int length);

        /// A new one-dimensional array of `length` elements of `elementType`.
        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            RuntimeType rt = elementType as RuntimeType;
            if (rt == null) throw new ArgumentException("Type must be a type provided by the runtime.", "elementType");
            if ((object)rt == typeof(void)) throw new NotSupportedException("Arrays of System.Void are not supported.");
            return InternalCreate(rt.m_handle, length);
        }

        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            InternalCopy(sourceArray, 0, destinationArray, 0, length);
        }

        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            InternalCopy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        public void CopyTo(Array array, int index)
        {
            InternalCopy(this, 0, array, index, Length);
        }

        /// Sets the elements to zero, false or null.
        public static void Clear(Array array, int index, int length)
        {
            InternalClear(array, index, length);
        }

        public static void Reverse(Array array)
        {
            if (array == null) ThrowHelper.ArgumentNull("array");
            InternalReverse(array, 0, array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            InternalReverse(array, index, length);
        }


        private static bool ElementEquals(object element, object value)
        {
            if (element == null) return value == null;
            return element.Equals(value);
        }

        /// The first index whose element Equals `value`, or -1.
        public static int IndexOf(Array array, object value)
        {
            if (array == null) ThrowHelper.ArgumentNull("array");
            return IndexOf(array, value, 0, array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null) ThrowHelper.ArgumentNull("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) ThrowHelper.ArgumentNull("array");
            if (array.Rank != 1) ThrowHelper.Throw("System.RankException", "Only single dimensional arrays are supported for the requested action.");
            if (startIndex < 0 || startIndex > array.Length) ThrowHelper.ArgumentOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex) ThrowHelper.ArgumentOutOfRange("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (ElementEquals(array.GetValue(i), value)) return i;
            }
            return -1;
        }

        /// The last index whose element Equals `value`, or -1.
        public static int LastIndexOf(Array array, object value)
        {
            if (array == null) ThrowHelper.ArgumentNull("array");
            if (array.Rank != 1) ThrowHelper.Throw("System.RankException", "Only single dimensional arrays are supported for the requested action.");
            for (int i = array.Length - 1; i >= 0; i--)
            {
                if (ElementEquals(array.GetValue(i), value)) return i;
            }
            return -1;
        }
    }
}
