namespace System
{
    /// Array.Sort over the non-generic Array: primitive and string elements
    /// are sorted natively; anything else, and every sort that moves an
    /// items array along with the keys, by the introspective sort .NET Core
    /// 3.1 uses (ArraySortHelper), so equal keys end in the same order as
    /// on .NET. Elements are compared as Comparer.Default compares them.
    public abstract partial class Array
    {
        /// Sorts primitive and string elements natively (false: the
        /// element type needs the managed sort).
        internal static extern bool InternalSort(Array array, int index, int length);

        /// Swaps two elements of a one-dimensional array, whatever their type.
        private static extern void InternalSwap(Array array, int i, int j);

        public static void Sort(Array array)
        {
            if (array == null) ThrowHelper.ArgumentNull("array");
            Sort(array, null, 0, array.Length);
        }

        public static void Sort(Array array, int index, int length)
        {
            Sort(array, null, index, length);
        }

        public static void Sort(Array keys, Array items)
        {
            if (keys == null) ThrowHelper.ArgumentNull("keys");
            Sort(keys, items, 0, keys.Length);
        }

        public static void Sort(Array keys, Array items, int index, int length)
        {
            if (keys == null) ThrowHelper.ArgumentNull("keys");
            if (keys.Rank != 1 || (items != null && items.Rank != 1))
                ThrowHelper.Throw("System.RankException", "Only single dimensional arrays are supported for the requested action.");
            if (index < 0 || length < 0)
                ThrowHelper.ArgumentOutOfRange(length < 0 ? "length" : "index", "Non-negative number required.");
            if (keys.Length - index < length || (items != null && index > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length < 2) return;
            if (items == null && InternalSort(keys, index, length)) return;
            try
            {
                IntroSort(keys, items, index, index + length - 1, 2 * (Log2(length) + 1));
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results.");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        private static int Log2(int n)
        {
            int r = 0;
            while ((n >>= 1) != 0) r++;
            return r;
        }

        /// Comparer.Default: null first, strings by String.Compare, then
        /// IComparable on either side.
        private static int CompareDefault(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        private static int CompareAt(Array keys, int i, int j)
        {
            return CompareDefault(keys.GetValue(i), keys.GetValue(j));
        }

        private static void Swap(Array keys, Array items, int i, int j)
        {
            InternalSwap(keys, i, j);
            if (items != null) InternalSwap(items, i, j);
        }

        private static void SwapIfGreater(Array keys, Array items, int i, int j)
        {
            if (i != j && CompareAt(keys, i, j) > 0) Swap(keys, items, i, j);
        }

        private static void IntroSort(Array keys, Array items, int lo, int hi, int depthLimit)
        {
            while (hi > lo)
            {
                int size = hi - lo + 1;
                if (size <= 16)
                {
                    if (size == 2)
                    {
                        SwapIfGreater(keys, items, lo, hi);
                    }
                    else if (size == 3)
                    {
                        SwapIfGreater(keys, items, lo, hi - 1);
                        SwapIfGreater(keys, items, lo, hi);
                        SwapIfGreater(keys, items, hi - 1, hi);
                    }
                    else
                    {
                        InsertionSort(keys, items, lo, hi);
                    }
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, items, lo, hi);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(keys, items, lo, hi);
                IntroSort(keys, items, p + 1, hi, depthLimit);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(Array keys, Array items, int lo, int hi)
        {
            int mid = lo + (hi - lo) / 2;
            SwapIfGreater(keys, items, lo, mid);
            SwapIfGreater(keys, items, lo, hi);
            SwapIfGreater(keys, items, mid, hi);
            object pivot = keys.GetValue(mid);
            Swap(keys, items, mid, hi - 1);
            int left = lo;
            int right = hi - 1;
            while (left < right)
            {
                while (CompareDefault(keys.GetValue(++left), pivot) < 0) { }
                while (CompareDefault(pivot, keys.GetValue(--right)) < 0) { }
                if (left >= right) break;
                Swap(keys, items, left, right);
            }
            if (left != hi - 1) Swap(keys, items, left, hi - 1);
            return left;
        }

        /// Shifting each element left past the greater ones is the same
        /// as swapping it with its left neighbour while that is greater.
        private static void InsertionSort(Array keys, Array items, int lo, int hi)
        {
            for (int i = lo; i < hi; i++)
            {
                object t = keys.GetValue(i + 1);
                int j = i;
                while (j >= lo && CompareDefault(t, keys.GetValue(j)) < 0)
                {
                    Swap(keys, items, j, j + 1);
                    j--;
                }
            }
        }

        private static void HeapSort(Array keys, Array items, int lo, int hi)
        {
            int n = hi - lo + 1;
            for (int i = n / 2; i >= 1; i--) DownHeap(keys, items, i, n, lo);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, items, lo, lo + i - 1);
                DownHeap(keys, items, 1, i - 1, lo);
            }
        }

        /// Sifts the element at heap position `i` down by swaps, which
        /// ends where .NET's hole-moving sift puts it.
        private static void DownHeap(Array keys, Array items, int i, int n, int lo)
        {
            object d = keys.GetValue(lo + i - 1);
            while (i <= n / 2)
            {
                int child = 2 * i;
                if (child < n && CompareAt(keys, lo + child - 1, lo + child) < 0) child++;
                if (!(CompareDefault(d, keys.GetValue(lo + child - 1)) < 0)) break;
                Swap(keys, items, lo + i - 1, lo + child - 1);
                i = child;
            }
        }
    }
}
