using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    /// What OrderBy and ThenBy return: the source and a chain of keys, sorted
    /// afresh each time it is enumerated. A full sort computes every key of
    /// the first level for all elements, then every key of the second, and
    /// so on, then sorts positions with ties broken by original position
    /// (so the sort is stable whatever algorithm Array.Sort uses). First and
    /// Last need no sort: they scan once, keeping the best element's keys
    /// and computing a later level's key only when the earlier ones tie,
    /// which decides which key selectors run, as on .NET.
    internal abstract class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>, IPartition<TElement>
    {
        internal readonly IEnumerable<TElement> _source;

        protected OrderedEnumerable(IEnumerable<TElement> source)
        {
            _source = source;
        }

        /// The comparison chain with this ordering's last key at its end:
        /// `next` is the level that breaks this one's ties.
        internal abstract SortLevel<TElement> BuildLevels(SortLevel<TElement> next);

        public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            return new OrderedEnumerable<TElement, TKey>(_source, keySelector, comparer, descending, this);
        }

        /// The sorted order of buffer[0 .. count) as positions into it.
        internal int[] SortedMap(TElement[] buffer, int count)
        {
            SortLevel<TElement> levels = BuildLevels(null);
            levels.ComputeKeys(buffer, count);
            int[] map = new int[count];
            for (int i = 0; i < count; i++) map[i] = i;
            if (count > 1) Array.Sort<int>(map, new Comparison<int>(levels.CompareIndexes));
            return map;
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            int count;
            TElement[] buffer = Enumerable.ToBuffer<TElement>(_source, out count);
            if (count > 0)
            {
                int[] map = SortedMap(buffer, count);
                for (int i = 0; i < count; i++)
                {
                    yield return buffer[map[i]];
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        /// Sorted positions min .. max; when the source is too short to reach
        /// `min`, no key is computed at all.
        internal IEnumerator<TElement> GetEnumerator(int min, int max)
        {
            int count;
            TElement[] buffer = Enumerable.ToBuffer<TElement>(_source, out count);
            if (count > min)
            {
                if (max > count - 1) max = count - 1;
                int[] map = SortedMap(buffer, count);
                for (int i = min; i <= max; i++)
                {
                    yield return buffer[map[i]];
                }
            }
        }

        public IPartition<TElement> Skip(int count)
        {
            return new OrderedPartition<TElement>(this, count, int.MaxValue);
        }

        public IPartition<TElement> Take(int count)
        {
            return new OrderedPartition<TElement>(this, 0, count - 1);
        }

        public TElement TryGetElementAt(int index, out bool found)
        {
            if (index == 0) return TryGetFirst(out found);
            if (index > 0)
            {
                int count;
                TElement[] buffer = Enumerable.ToBuffer<TElement>(_source, out count);
                if (index < count)
                {
                    int[] map = SortedMap(buffer, count);
                    found = true;
                    return buffer[map[index]];
                }
            }
            found = false;
            return default(TElement);
        }

        public TElement TryGetFirst(out bool found)
        {
            return Extreme(null, true, out found);
        }

        internal TElement TryGetFirst(Func<TElement, bool> predicate, out bool found)
        {
            return Extreme(predicate, true, out found);
        }

        /// The last of equals wins, as a stable sort would put it last.
        public TElement TryGetLast(out bool found)
        {
            return Extreme(null, false, out found);
        }

        internal TElement TryGetLast(Func<TElement, bool> predicate, out bool found)
        {
            return Extreme(predicate, false, out found);
        }

        /// The first (`first`) or last element in sorted order that
        /// `predicate` accepts (null: any), found in one pass without sorting.
        private TElement Extreme(Func<TElement, bool> predicate, bool first, out bool found)
        {
            SortLevel<TElement> levels = BuildLevels(null);
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                TElement value;
                do
                {
                    if (!e.MoveNext())
                    {
                        found = false;
                        return default(TElement);
                    }
                    value = e.Current;
                }
                while (predicate != null && !predicate(value));
                levels.SetElement(value);
                while (e.MoveNext())
                {
                    TElement x = e.Current;
                    if (predicate != null && !predicate(x)) continue;
                    int c = levels.CompareToCached(x, first);
                    if (first ? c < 0 : c >= 0) value = x;
                }
                found = true;
                return value;
            }
        }

        /// The last element of sorted positions min .. max.
        internal TElement TryGetLast(int min, int max, out bool found)
        {
            int count;
            TElement[] buffer = Enumerable.ToBuffer<TElement>(_source, out count);
            if (min >= count)
            {
                found = false;
                return default(TElement);
            }
            found = true;
            if (max < count - 1)
            {
                int[] map = SortedMap(buffer, count);
                return buffer[map[max]];
            }
            SortLevel<TElement> levels = BuildLevels(null);
            TElement value = buffer[0];
            levels.SetElement(value);
            for (int i = 1; i < count; i++)
            {
                TElement x = buffer[i];
                if (levels.CompareToCached(x, false) >= 0) value = x;
            }
            return value;
        }

        /// Counting needs no keys: it is the source's count.
        public int GetCount(bool onlyIfCheap)
        {
            ICountProvider<TElement> provider = _source as ICountProvider<TElement>;
            if (provider != null) return provider.GetCount(onlyIfCheap);
            if (!onlyIfCheap || _source is ICollection<TElement> || _source is ICollection) return Enumerable.Count<TElement>(_source);
            return -1;
        }
    }

    internal sealed class OrderedEnumerable<TElement, TKey> : OrderedEnumerable<TElement>
    {
        private readonly OrderedEnumerable<TElement> _parent;
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;

        internal OrderedEnumerable(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, OrderedEnumerable<TElement> parent) : base(source)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            _parent = parent;
            _keySelector = keySelector;
            _comparer = comparer == null ? Comparer<TKey>.Default : comparer;
            _descending = descending;
        }

        internal override SortLevel<TElement> BuildLevels(SortLevel<TElement> next)
        {
            SortLevel<TElement> level = new SortLevel<TElement, TKey>(_keySelector, _comparer, _descending, next);
            if (_parent != null) return _parent.BuildLevels(level);
            return level;
        }
    }

    /// One key of an ordering, and the levels after it. Used either for a
    /// full sort (keys of all elements, compared by position) or for a
    /// single scan (the key of the best element so far).
    internal abstract class SortLevel<TElement>
    {
        internal abstract void ComputeKeys(TElement[] elements, int count);

        internal abstract int CompareIndexes(int index1, int index2);

        internal abstract void SetElement(TElement element);

        /// Compares `element` with the remembered one; when it is the new
        /// best (lower if cacheLower, else not lower), it is remembered.
        internal abstract int CompareToCached(TElement element, bool cacheLower);
    }

    internal sealed class SortLevel<TElement, TKey> : SortLevel<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly SortLevel<TElement> _next;
        private TKey[] _keys;
        private TKey _lastKey;

        internal SortLevel(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, SortLevel<TElement> next)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
            _next = next;
        }

        internal override void ComputeKeys(TElement[] elements, int count)
        {
            TKey[] keys = new TKey[count];
            for (int i = 0; i < count; i++)
            {
                keys[i] = _keySelector(elements[i]);
            }
            _keys = keys;
            if (_next != null) _next.ComputeKeys(elements, count);
        }

        /// Descending flips the comparer's sign by testing it rather than
        /// negating it (a comparer may return int.MinValue).
        internal override int CompareIndexes(int index1, int index2)
        {
            int c = _comparer.Compare(_keys[index1], _keys[index2]);
            if (c == 0)
            {
                if (_next == null) return index1 - index2;
                return _next.CompareIndexes(index1, index2);
            }
            return (_descending != (c > 0)) ? 1 : -1;
        }

        internal override void SetElement(TElement element)
        {
            _lastKey = _keySelector(element);
            if (_next != null) _next.SetElement(element);
        }

        internal override int CompareToCached(TElement element, bool cacheLower)
        {
            TKey newKey = _keySelector(element);
            int c = _descending ? _comparer.Compare(_lastKey, newKey) : _comparer.Compare(newKey, _lastKey);
            if (c == 0)
            {
                if (_next == null) return 0;
                return _next.CompareToCached(element, cacheLower);
            }
            if (cacheLower == (c < 0))
            {
                _lastKey = newKey;
                if (_next != null) _next.SetElement(element);
            }
            return c;
        }
    }

    /// Skip and Take over an ordering: sorted positions min .. max.
    internal sealed class OrderedPartition<TElement> : IPartition<TElement>
    {
        private readonly OrderedEnumerable<TElement> _source;
        private readonly int _min;
        private readonly int _max;

        internal OrderedPartition(OrderedEnumerable<TElement> source, int minIndexInclusive, int maxIndexInclusive)
        {
            _source = source;
            _min = minIndexInclusive;
            _max = maxIndexInclusive;
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            return _source.GetEnumerator(_min, _max);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public IPartition<TElement> Skip(int count)
        {
            long min = (long)_min + count;
            if (min > _max) return EmptyPartition<TElement>.Instance;
            return new OrderedPartition<TElement>(_source, (int)min, _max);
        }

        public IPartition<TElement> Take(int count)
        {
            long max = (long)_min + count - 1;
            if (max >= _max) return this;
            return new OrderedPartition<TElement>(_source, _min, (int)max);
        }

        public TElement TryGetElementAt(int index, out bool found)
        {
            if ((uint)index <= (uint)(_max - _min)) return _source.TryGetElementAt(index + _min, out found);
            found = false;
            return default(TElement);
        }

        public TElement TryGetFirst(out bool found)
        {
            return _source.TryGetElementAt(_min, out found);
        }

        public TElement TryGetLast(out bool found)
        {
            return _source.TryGetLast(_min, _max, out found);
        }

        public int GetCount(bool onlyIfCheap)
        {
            int count = _source.GetCount(onlyIfCheap);
            if (count <= 0) return count;
            if (count <= _min) return 0;
            int last = count - 1 < _max ? count - 1 : _max;
            return last - _min + 1;
        }
    }
}
