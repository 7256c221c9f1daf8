using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// The generic static helpers of Array (.NET Core 3.1's set, less the
    /// ones that take delegates: Exists, Find*, ForEach, TrueForAll,
    /// ConvertAll, Sort(Comparison), and AsReadOnly). Sorting is
    /// ArraySortHelper's introsort; searching uses EqualityComparer<T>.Default
    /// and Comparer<T>.Default.
    public abstract partial class Array
    {
        // ---- Empty, Resize, Fill, Reverse ------------------------------------------------

        /// The same zero-length array on every call for a given T.
        public static T[] Empty<T>()
        {
            return EmptyArray<T>.Value;
        }

        /// Replaces `array` by a copy of the given length (truncated or padded
        /// with default values); a null array becomes a new one.
        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw Errors.OutOfRange("newSize", Errors.NeedNonNegNum);
            T[] larray = array;
            if (larray == null)
            {
                array = new T[newSize];
                return;
            }
            if (larray.Length != newSize)
            {
                T[] newArray = new T[newSize];
                int n = larray.Length;
                if (n > newSize) n = newSize;
                Copy(larray, 0, newArray, 0, n);
                array = newArray;
            }
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++)
            {
                array[i] = value;
            }
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw Errors.OutOfRange("startIndex", Errors.Index);
            if (count < 0 || startIndex > array.Length - count) throw Errors.OutOfRange("count", Errors.Count);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                array[i] = value;
            }
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse<T>(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (length < 0) throw Errors.OutOfRange("length", Errors.NeedNonNegNum);
            if (array.Length - index < length) throw new ArgumentException(Errors.InvalidOffLen);
            int i = index;
            int j = index + length - 1;
            while (i < j)
            {
                T t = array[i];
                array[i] = array[j];
                array[j] = t;
                i++;
                j--;
            }
        }

        // ---- IndexOf, LastIndexOf ---------------------------------------------------------

        /// The first i with array[i] equal to value (EqualityComparer<T>.Default,
        /// called as element.Equals(value)), or -1.
        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw Errors.OutOfRange("startIndex", Errors.Index);
            if ((uint)count > (uint)(array.Length - startIndex)) throw Errors.OutOfRange("count", Errors.Count);
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
            {
                if (comparer.Equals(array[i], value)) return i;
            }
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf<T>(array, value, array.Length - 1, array.Length);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            int count = 0;
            if (array.Length != 0) count = startIndex + 1;
            return LastIndexOf<T>(array, value, startIndex, count);
        }

        /// Searches backwards from startIndex over count elements. An empty
        /// array accepts startIndex -1 or 0 and count 0, as .NET does.
        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length == 0)
            {
                if (startIndex != -1 && startIndex != 0) throw Errors.OutOfRange("startIndex", Errors.Index);
                if (count != 0) throw Errors.OutOfRange("count", Errors.Count);
                return -1;
            }
            if ((uint)startIndex >= (uint)array.Length) throw Errors.OutOfRange("startIndex", Errors.Index);
            if (count < 0 || startIndex - count + 1 < 0) throw Errors.OutOfRange("count", Errors.Count);
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
            {
                if (comparer.Equals(array[i], value)) return i;
            }
            return -1;
        }

        // ---- BinarySearch -----------------------------------------------------------------

        public static int BinarySearch<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch<T>(array, 0, array.Length, value, null);
        }

        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch<T>(array, 0, array.Length, value, comparer);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value)
        {
            return BinarySearch<T>(array, index, length, value, null);
        }

        /// The index of value in the sorted range, or the bitwise complement
        /// of the index where it would be inserted.
        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (length < 0) throw Errors.OutOfRange("length", Errors.NeedNonNegNum);
            if (array.Length - index < length) throw new ArgumentException(Errors.InvalidOffLen);
            return ArraySortHelper<T, T>.BinarySearch(array, index, length, value, comparer);
        }

        // ---- Sort -------------------------------------------------------------------------

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort<T>(array, 0, array.Length, null);
        }

        public static void Sort<T>(T[] array, int index, int length)
        {
            Sort<T>(array, index, length, null);
        }

        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort<T>(array, 0, array.Length, comparer);
        }

        /// Sorts array[index .. index+length) with the comparer, or with
        /// Comparer<T>.Default when it is null. Not stable: equal elements end
        /// where .NET Core's introsort puts them.
        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (length < 0) throw Errors.OutOfRange("length", Errors.NeedNonNegNum);
            if (array.Length - index < length) throw new ArgumentException(Errors.InvalidOffLen);
            if (length > 1)
            {
                ArraySortHelper<T, T>.Sort(array, null, index, length, comparer);
            }
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length)
        {
            Sort<TKey, TValue>(keys, items, index, length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, comparer);
        }

        /// Sorts the keys and moves each item with its key. A null items
        /// array sorts the keys alone.
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (length < 0) throw Errors.OutOfRange("length", Errors.NeedNonNegNum);
            if (keys.Length - index < length || (items != null && index > items.Length - length))
            {
                throw new ArgumentException(Errors.InvalidOffLen);
            }
            if (length > 1)
            {
                ArraySortHelper<TKey, TValue>.Sort(keys, items, index, length, comparer);
            }
        }

        /// One zero-length array per element type.
        private static class EmptyArray<T>
        {
            private static T[] s_value;

            internal static T[] Value
            {
                get
                {
                    T[] v = s_value;
                    if (v == null)
                    {
                        v = new T[0];
                        s_value = v;
                    }
                    return v;
                }
            }
        }
    }
}
