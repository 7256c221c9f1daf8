namespace System.Collections.Generic
{
    /// The introspective sort of .NET Core 3.1 (ArraySortHelper and its
    /// native twin for primitive arrays), over a keys array and an optional
    /// items array moved along with it. Equal keys must end where CoreCLR
    /// puts them, so the pivot choice, the partition loop, the 16-element
    /// insertion-sort threshold, the depth limit and the heapsort fallback
    /// are the same step for step.
    ///
    /// CoreCLR has three variants and programs can tell them apart by where
    /// equal keys (and the items moved with them) end up:
    /// - a comparer (a custom one, or Comparer<T>.Default when T does not
    ///   implement IComparable<T>): ArraySortHelper<T>;
    /// - the default comparer when T implements IComparable<T>: calls
    ///   CompareTo directly, with its own null handling and a heap sift that
    ///   keeps going on ties (GenericArraySortHelper<T>);
    /// - primitive keys (with no items, or items of the same type): sorted
    ///   natively, which behaves like the first variant except that NaNs are
    ///   first swapped to the front.
    /// Without reflection this picks the variant from the values: primitives
    /// by their boxed default value, IComparable<T> by the first non-null key
    /// (or the default value of a value type).
    internal sealed class ArraySortHelper<TKey, TValue>
    {
        private const int IntrosortSizeThreshold = 16;

        private readonly TKey[] _keys;
        private readonly TValue[] _values;
        /// The comparer's Compare, or the comparison itself when the comparer
        /// only wraps one (List<T>.Sort(Comparison<T>)): one indirect call
        /// per comparison, not an interface call and then a delegate call.
        private readonly Comparison<TKey> _compare;
        private readonly bool _useCompareTo;

        private ArraySortHelper(TKey[] keys, TValue[] values, IComparer<TKey> comparer, bool useCompareTo)
        {
            _keys = keys;
            _values = values;
            ComparisonComparer<TKey> wrapper = comparer as ComparisonComparer<TKey>;
            _compare = wrapper != null ? wrapper.Comparison : comparer.Compare;
            _useCompareTo = useCompareTo;
        }

        /// Sorts keys[index .. index+length) (and the same range of values,
        /// when not null). Arguments are checked by the caller.
        internal static void Sort(TKey[] keys, TValue[] values, int index, int length, IComparer<TKey> comparer)
        {
            if (length < 2) return;
            IComparer<TKey> given = comparer;
            bool useCompareTo = false;
            if (comparer == null || comparer == Comparer<TKey>.Default)
            {
                comparer = Comparer<TKey>.Default;
                if (IsNativeSort(values))
                {
                    SortNative(keys, values, index, length, comparer);
                    return;
                }
                useCompareTo = KeysImplementIComparable(keys, index, length);
                if (!useCompareTo) given = comparer;
            }
            ArraySortHelper<TKey, TValue> sorter = new ArraySortHelper<TKey, TValue>(keys, values, comparer, useCompareTo);
            try
            {
                sorter.IntroSort(index, index + length - 1, 2 * FloorLog2PlusOne(length));
            }
            catch (IndexOutOfRangeException)
            {
                string name = "";
                if (given != null) name = given.ToString();
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: '" + name + "'.");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        /// CoreCLR sorts arrays of primitives (and enums) natively when there
        /// are no items or the items have the keys' type.
        private static bool IsNativeSort(TValue[] values)
        {
            object k = default(TKey);
            if (k == null) return false;
            if (!(k is int || k is uint || k is long || k is ulong || k is short || k is ushort
                || k is byte || k is sbyte || k is char || k is bool || k is double || k is float || k is Enum))
            {
                return false;
            }
            if (values == null) return true;
            object v = default(TValue);
            return v != null && v.GetType() == k.GetType();
        }

        /// The native sort: NaNs (of float and double keys) swapped to the
        /// front in order of appearance, then the comparer-variant introsort
        /// on the rest, which for primitives makes the same moves as the
        /// native operators.
        private static void SortNative(TKey[] keys, TValue[] values, int index, int length, IComparer<TKey> comparer)
        {
            int left = index;
            int right = index + length - 1;
            object k = default(TKey);
            // Equal integer keys cannot be told apart, so without items any
            // correct sort leaves what the introsort would: the runtime's
            // own sort does it without a comparer call per comparison.
            // (Floating keys can: -0.0 and 0.0 compare equal.)
            if (values == null && !(k is double || k is float) && Array.InternalSort(keys, index, length)) return;
            if (k is double || k is float)
            {
                for (int i = left; i <= right; i++)
                {
                    if (IsNaN(keys[i]))
                    {
                        TKey t = keys[left];
                        keys[left] = keys[i];
                        keys[i] = t;
                        if (values != null)
                        {
                            TValue v = values[left];
                            values[left] = values[i];
                            values[i] = v;
                        }
                        left++;
                    }
                }
                if (left >= right) return;
            }
            ArraySortHelper<TKey, TValue> sorter = new ArraySortHelper<TKey, TValue>(keys, values, comparer, false);
            int n = right - left + 1;
            sorter.IntroSort(left, right, 2 * FloorLog2PlusOne(n));
        }

        private static bool IsNaN(TKey key)
        {
            object o = key;
            if (o is double)
            {
                double d = (double)o;
                return d != d;
            }
            if (o is float)
            {
                float f = (float)o;
                return f != f;
            }
            return false;
        }

        /// Whether CoreCLR would take the IComparable<T> variant: T's values
        /// implement IComparable<T>. Decided from the first non-null key; with
        /// only nulls, a reference type is assumed to implement it.
        private static bool KeysImplementIComparable(TKey[] keys, int index, int length)
        {
            object d = default(TKey);
            if (d != null) return d is IComparable<TKey>;
            for (int i = index; i < index + length; i++)
            {
                object k = keys[i];
                if (k != null) return k is IComparable<TKey>;
            }
            return true;
        }

        internal static int FloorLog2PlusOne(int n)
        {
            int result = 0;
            while (n >= 1)
            {
                result++;
                n = n / 2;
            }
            return result;
        }

        // ---- the two comparisons of the IComparable<T> variant ------------------------

        /// x.CompareTo(y) for a non-null x.
        private static int CompareTo(TKey x, TKey y)
        {
            return ((IComparable<TKey>)x).CompareTo(y);
        }

        // ---- the sort ---------------------------------------------------------------

        private void Swap(int i, int j)
        {
            if (i == j) return;
            TKey k = _keys[i];
            _keys[i] = _keys[j];
            _keys[j] = k;
            if (_values != null)
            {
                TValue v = _values[i];
                _values[i] = _values[j];
                _values[j] = v;
            }
        }

        private void SwapIfGreater(int a, int b)
        {
            if (a == b) return;
            bool greater;
            if (_useCompareTo)
            {
                greater = _keys[a] != null && CompareTo(_keys[a], _keys[b]) > 0;
            }
            else
            {
                greater = _compare(_keys[a], _keys[b]) > 0;
            }
            if (greater) Swap(a, b);
        }

        private void IntroSort(int lo, int hi, int depthLimit)
        {
            while (hi > lo)
            {
                int partitionSize = hi - lo + 1;
                if (partitionSize <= IntrosortSizeThreshold)
                {
                    if (partitionSize == 2)
                    {
                        SwapIfGreater(lo, hi);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(lo, hi - 1);
                        SwapIfGreater(lo, hi);
                        SwapIfGreater(hi - 1, hi);
                        return;
                    }
                    InsertionSort(lo, hi);
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(lo, hi);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(lo, hi);
                IntroSort(p + 1, hi, depthLimit);
                hi = p - 1;
            }
        }

        /// Median of three (lo, middle, hi) as the pivot, parked at hi - 1;
        /// then the two cursors close in, swapping out-of-place pairs.
        private int PickPivotAndPartition(int lo, int hi)
        {
            int middle = lo + (hi - lo) / 2;
            SwapIfGreater(lo, middle);
            SwapIfGreater(lo, hi);
            SwapIfGreater(middle, hi);
            TKey pivot = _keys[middle];
            Swap(middle, hi - 1);
            int left = lo;
            int right = hi - 1;
            while (left < right)
            {
                if (!_useCompareTo)
                {
                    while (_compare(_keys[++left], pivot) < 0)
                    {
                    }
                    while (_compare(pivot, _keys[--right]) < 0)
                    {
                    }
                }
                else if (pivot == null)
                {
                    while (left < hi - 1 && _keys[++left] == null)
                    {
                    }
                    while (right > lo && _keys[--right] != null)
                    {
                    }
                }
                else
                {
                    while (CompareTo(pivot, _keys[++left]) > 0)
                    {
                    }
                    while (CompareTo(pivot, _keys[--right]) < 0)
                    {
                    }
                }
                if (left >= right) break;
                Swap(left, right);
            }
            Swap(left, hi - 1);
            return left;
        }

        private void HeapSort(int lo, int hi)
        {
            int n = hi - lo + 1;
            for (int i = n / 2; i >= 1; i--)
            {
                DownHeap(i, n, lo);
            }
            for (int i = n; i > 1; i--)
            {
                Swap(lo, lo + i - 1);
                DownHeap(1, i - 1, lo);
            }
        }

        /// Moves the element at heap position i (1-based, heap starting at
        /// lo) down past larger children. The comparer variant stops at a
        /// child equal to it; the IComparable<T> variant only at a smaller one.
        private void DownHeap(int i, int n, int lo)
        {
            TKey d = _keys[lo + i - 1];
            TValue dValue = default(TValue);
            if (_values != null) dValue = _values[lo + i - 1];
            while (i <= n / 2)
            {
                int child = 2 * i;
                if (_useCompareTo)
                {
                    if (child < n && (_keys[lo + child - 1] == null || CompareTo(_keys[lo + child - 1], _keys[lo + child]) < 0))
                    {
                        child++;
                    }
                    if (_keys[lo + child - 1] == null || CompareTo(_keys[lo + child - 1], d) < 0) break;
                }
                else
                {
                    if (child < n && _compare(_keys[lo + child - 1], _keys[lo + child]) < 0)
                    {
                        child++;
                    }
                    if (!(_compare(d, _keys[lo + child - 1]) < 0)) break;
                }
                _keys[lo + i - 1] = _keys[lo + child - 1];
                if (_values != null) _values[lo + i - 1] = _values[lo + child - 1];
                i = child;
            }
            _keys[lo + i - 1] = d;
            if (_values != null) _values[lo + i - 1] = dValue;
        }

        /// Each element shifts left past the ones greater than it (in the
        /// IComparable<T> variant a null shifts past everything).
        private void InsertionSort(int lo, int hi)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                TKey t = _keys[i + 1];
                TValue tValue = default(TValue);
                if (_values != null) tValue = _values[i + 1];
                while (j >= lo)
                {
                    bool less;
                    if (_useCompareTo) less = t == null || CompareTo(t, _keys[j]) < 0;
                    else less = _compare(t, _keys[j]) < 0;
                    if (!less) break;
                    _keys[j + 1] = _keys[j];
                    if (_values != null) _values[j + 1] = _values[j];
                    j--;
                }
                _keys[j + 1] = t;
                if (_values != null) _values[j + 1] = tValue;
            }
        }

        /// The index of value in the sorted range, or the complement of
        /// where it would go. Exceptions from the comparer are wrapped as
        /// .NET wraps them.
        internal static int BinarySearch(TKey[] array, int index, int length, TKey value, IComparer<TKey> comparer)
        {
            if (comparer == null) comparer = Comparer<TKey>.Default;
            try
            {
                int lo = index;
                int hi = index + length - 1;
                while (lo <= hi)
                {
                    int i = lo + ((hi - lo) >> 1);
                    int order = comparer.Compare(array[i], value);
                    if (order == 0) return i;
                    if (order < 0) lo = i + 1;
                    else hi = i - 1;
                }
                return ~lo;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }
    }
}
