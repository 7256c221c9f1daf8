using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// How a vector `T[]` is an IList<T>, ICollection<T>, IEnumerable<T>,
    /// IReadOnlyList<T> and IReadOnlyCollection<T> (ECMA-335 II.14.2, C#
    /// spec §17.2.3). The runtime gives arrays these interfaces without a
    /// type of their own: a call of one of their methods on an array runs
    /// the method of this class with the same name, instantiated with the
    /// element type, with the array as its first argument (CoreCLR has a
    /// class of the same name and purpose). Changing an array's size is
    /// NotSupportedException, as on .NET.
    internal static class SZArrayHelper
    {
        internal static IEnumerator<T> GetEnumerator<T>(T[] array)
        {
            return new SZGenericArrayEnumerator<T>(array);
        }

        internal static int get_Count<T>(T[] array)
        {
            return array.Length;
        }

        internal static bool get_IsReadOnly<T>(T[] array)
        {
            return true;
        }

        internal static T get_Item<T>(T[] array, int index)
        {
            return array[index];
        }

        internal static void set_Item<T>(T[] array, int index, T value)
        {
            array[index] = value;
        }

        internal static void Add<T>(T[] array, T item)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        internal static void Clear<T>(T[] array)
        {
            throw new NotSupportedException("Collection is read-only.");
        }

        internal static bool Contains<T>(T[] array, T item)
        {
            return Array.IndexOf<T>(array, item) >= 0;
        }

        internal static void CopyTo<T>(T[] array, T[] destination, int arrayIndex)
        {
            Array.Copy(array, 0, destination, arrayIndex, array.Length);
        }

        internal static bool Remove<T>(T[] array, T item)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        internal static int IndexOf<T>(T[] array, T item)
        {
            return Array.IndexOf<T>(array, item);
        }

        internal static void Insert<T>(T[] array, int index, T item)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        internal static void RemoveAt<T>(T[] array, int index)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }
    }

    /// The enumerator of an array seen as IEnumerable<T>.
    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        private readonly T[] _array;
        private int _index;

        internal SZGenericArrayEnumerator(T[] array)
        {
            _array = array;
            _index = -1;
        }

        public bool MoveNext()
        {
            int index = _index + 1;
            if (index < _array.Length)
            {
                _index = index;
                return true;
            }
            _index = _array.Length;
            return false;
        }

        public T Current
        {
            get
            {
                if (_index < 0 || _index >= _array.Length)
                {
                    throw new InvalidOperationException(_index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                }
                return _array[_index];
            }
        }

        object IEnumerator.Current
        {
            get { return Current; }
        }

        public void Reset()
        {
            _index = -1;
        }

        public void Dispose()
        {
        }
    }

    /// The non-generic enumerator of an array (Array.GetEnumerator): its
    /// elements by index, boxed.
    internal sealed class ArrayEnumerator : IEnumerator
    {
        private readonly Array _array;
        private int _index;

        internal ArrayEnumerator(Array array)
        {
            _array = array;
            _index = -1;
        }

        public bool MoveNext()
        {
            if (_index + 1 < _array.Length)
            {
                _index++;
                return true;
            }
            _index = _array.Length;
            return false;
        }

        public object Current
        {
            get
            {
                if (_index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (_index >= _array.Length) throw new InvalidOperationException("Enumeration already finished.");
                // Any rank: a `T[,]` enumerates its elements in row-major order.
                return _array.GetFlatValue(_index);
            }
        }

        public void Reset()
        {
            _index = -1;
        }
    }
}
