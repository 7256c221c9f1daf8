using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    /// A lazy sequence that knows how to count itself, perhaps without being
    /// walked. Count() asks it; Concat, Append and the like ask their sources
    /// for a cheap count. Which of these skip a Select's selector or an
    /// ordering's key selectors follows .NET, where that is observable.
    internal interface ICountProvider<TElement> : IEnumerable<TElement>
    {
        /// The number of elements. With onlyIfCheap, -1 when that would need
        /// an enumeration.
        int GetCount(bool onlyIfCheap);
    }

    /// A lazy sequence whose elements can be reached by position: Skip, Take,
    /// ElementAt, First and Last use these members instead of walking it.
    /// That is only a matter of speed, except that a Select over such a
    /// sequence then runs its selector on just the elements asked for, as
    /// .NET does (`list.Select(f).Last()` calls f once).
    internal interface IPartition<TElement> : ICountProvider<TElement>
    {
        /// count > 0.
        IPartition<TElement> Skip(int count);

        /// count > 0.
        IPartition<TElement> Take(int count);

        TElement TryGetElementAt(int index, out bool found);

        TElement TryGetFirst(out bool found);

        TElement TryGetLast(out bool found);
    }

    /// The empty sequence Enumerable.Empty returns (one per type).
    internal sealed class EmptyPartition<TElement> : IPartition<TElement>
    {
        private static EmptyPartition<TElement> s_instance;

        private EmptyPartition()
        {
        }

        internal static EmptyPartition<TElement> Instance
        {
            get
            {
                EmptyPartition<TElement> e = s_instance;
                if (e == null)
                {
                    e = new EmptyPartition<TElement>();
                    s_instance = e;
                }
                return e;
            }
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            yield break;
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public IPartition<TElement> Skip(int count)
        {
            return this;
        }

        public IPartition<TElement> Take(int count)
        {
            return this;
        }

        public TElement TryGetElementAt(int index, out bool found)
        {
            found = false;
            return default(TElement);
        }

        public TElement TryGetFirst(out bool found)
        {
            found = false;
            return default(TElement);
        }

        public TElement TryGetLast(out bool found)
        {
            found = false;
            return default(TElement);
        }

        public int GetCount(bool onlyIfCheap)
        {
            return 0;
        }
    }

    /// Enumerable.Range: `count` integers from `start` (count > 0, and
    /// start + count - 1 fits in an int).
    internal sealed class RangePartition : IPartition<int>
    {
        private readonly int _start;
        private readonly int _count;

        internal RangePartition(int start, int count)
        {
            _start = start;
            _count = count;
        }

        public IEnumerator<int> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _start + i;
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public IPartition<int> Skip(int count)
        {
            if (count >= _count) return EmptyPartition<int>.Instance;
            return new RangePartition(_start + count, _count - count);
        }

        public IPartition<int> Take(int count)
        {
            if (count >= _count) return this;
            return new RangePartition(_start, count);
        }

        public int TryGetElementAt(int index, out bool found)
        {
            if ((uint)index < (uint)_count)
            {
                found = true;
                return _start + index;
            }
            found = false;
            return 0;
        }

        public int TryGetFirst(out bool found)
        {
            found = true;
            return _start;
        }

        public int TryGetLast(out bool found)
        {
            found = true;
            return _start + _count - 1;
        }

        public int GetCount(bool onlyIfCheap)
        {
            return _count;
        }
    }

    /// Enumerable.Repeat: `count` copies of one value (count > 0).
    internal sealed class RepeatPartition<TElement> : IPartition<TElement>
    {
        private readonly TElement _element;
        private readonly int _count;

        internal RepeatPartition(TElement element, int count)
        {
            _element = element;
            _count = count;
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _element;
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public IPartition<TElement> Skip(int count)
        {
            if (count >= _count) return EmptyPartition<TElement>.Instance;
            return new RepeatPartition<TElement>(_element, _count - count);
        }

        public IPartition<TElement> Take(int count)
        {
            if (count >= _count) return this;
            return new RepeatPartition<TElement>(_element, count);
        }

        public TElement TryGetElementAt(int index, out bool found)
        {
            found = (uint)index < (uint)_count;
            return found ? _element : default(TElement);
        }

        public TElement TryGetFirst(out bool found)
        {
            found = true;
            return _element;
        }

        public TElement TryGetLast(out bool found)
        {
            found = true;
            return _element;
        }

        public int GetCount(bool onlyIfCheap)
        {
            return _count;
        }
    }

    /// Positions min .. max of a list, read through its indexer each time,
    /// so the window sees later changes to the list. `_whole` marks a plain
    /// Select's view of the entire list, which enumerates with the list's own
    /// enumerator (a List then notices modification while it is walked).
    internal sealed class ListPartition<TElement> : IPartition<TElement>
    {
        private readonly IList<TElement> _source;
        private readonly int _min;
        private readonly int _max;
        private readonly bool _whole;

        internal ListPartition(IList<TElement> source, int minIndexInclusive, int maxIndexInclusive, bool whole)
        {
            _source = source;
            _min = minIndexInclusive;
            _max = maxIndexInclusive;
            _whole = whole;
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            if (_whole)
            {
                foreach (TElement item in _source) yield return item;
                yield break;
            }
            for (int i = _min; i <= _max && i < _source.Count; i++)
            {
                yield return _source[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public IPartition<TElement> Skip(int count)
        {
            long min = (long)_min + count;
            if (min > _max) return EmptyPartition<TElement>.Instance;
            return new ListPartition<TElement>(_source, (int)min, _max, false);
        }

        public IPartition<TElement> Take(int count)
        {
            long max = (long)_min + count - 1;
            if (max >= _max) max = _max;
            return new ListPartition<TElement>(_source, _min, (int)max, false);
        }

        public TElement TryGetElementAt(int index, out bool found)
        {
            if ((uint)index <= (uint)(_max - _min) && index < _source.Count - _min)
            {
                found = true;
                return _source[_min + index];
            }
            found = false;
            return default(TElement);
        }

        public TElement TryGetFirst(out bool found)
        {
            if (_source.Count > _min)
            {
                found = true;
                return _source[_min];
            }
            found = false;
            return default(TElement);
        }

        public TElement TryGetLast(out bool found)
        {
            int last = _source.Count - 1;
            if (last >= _min)
            {
                found = true;
                return _source[last < _max ? last : _max];
            }
            found = false;
            return default(TElement);
        }

        public int GetCount(bool onlyIfCheap)
        {
            int count = _source.Count;
            if (count <= _min) return 0;
            int last = count - 1 < _max ? count - 1 : _max;
            return last - _min + 1;
        }
    }

    /// Select over a positional sequence: positional too, with the selector
    /// applied only to the elements actually produced.
    internal sealed class SelectPartition<TSource, TResult> : IPartition<TResult>
    {
        private readonly IPartition<TSource> _source;
        private readonly Func<TSource, TResult> _selector;

        internal SelectPartition(IPartition<TSource> source, Func<TSource, TResult> selector)
        {
            _source = source;
            _selector = selector;
        }

        public IEnumerator<TResult> GetEnumerator()
        {
            foreach (TSource item in _source)
            {
                yield return _selector(item);
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public IPartition<TResult> Skip(int count)
        {
            return new SelectPartition<TSource, TResult>(_source.Skip(count), _selector);
        }

        public IPartition<TResult> Take(int count)
        {
            return new SelectPartition<TSource, TResult>(_source.Take(count), _selector);
        }

        public TResult TryGetElementAt(int index, out bool found)
        {
            TSource item = _source.TryGetElementAt(index, out found);
            return found ? _selector(item) : default(TResult);
        }

        public TResult TryGetFirst(out bool found)
        {
            TSource item = _source.TryGetFirst(out found);
            return found ? _selector(item) : default(TResult);
        }

        public TResult TryGetLast(out bool found)
        {
            TSource item = _source.TryGetLast(out found);
            return found ? _selector(item) : default(TResult);
        }

        /// A full count runs the selector over every element (someone may
        /// count to force it), then asks the source, which for a window over
        /// a plain sequence walks that sequence again, as on .NET.
        public int GetCount(bool onlyIfCheap)
        {
            if (!onlyIfCheap)
            {
                foreach (TSource item in _source)
                {
                    _selector(item);
                }
            }
            return _source.GetCount(onlyIfCheap);
        }
    }

    /// Skip and Take over a sequence that is neither a list nor positional:
    /// positions min .. max (max -1: no end) reached by advancing a fresh
    /// enumerator, without reading the elements skipped. Enumeration stops
    /// advancing the source once `max` is reached.
    internal sealed class EnumerablePartition<TElement> : IPartition<TElement>
    {
        private readonly IEnumerable<TElement> _source;
        private readonly int _min;
        private readonly int _max;

        internal EnumerablePartition(IEnumerable<TElement> source, int minIndexInclusive, int maxIndexInclusive)
        {
            _source = source;
            _min = minIndexInclusive;
            _max = maxIndexInclusive;
        }

        private bool HasLimit
        {
            get { return _max != -1; }
        }

        /// The number of positions in the window (only with a limit).
        private int Limit
        {
            get { return unchecked(_max + 1 - _min); }
        }

        /// How many of `count` MoveNext calls succeeded.
        private static uint Advance(uint count, IEnumerator<TElement> e)
        {
            for (uint i = 0; i < count; i++)
            {
                if (!e.MoveNext()) return i;
            }
            return count;
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                if (Advance((uint)_min, e) == (uint)_min)
                {
                    int taken = 0;
                    while ((!HasLimit || taken < Limit) && e.MoveNext())
                    {
                        if (HasLimit) taken++;
                        yield return e.Current;
                    }
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        /// A start beyond int.MaxValue wraps this window in another.
        public IPartition<TElement> Skip(int count)
        {
            int min = unchecked(_min + count);
            if (!HasLimit)
            {
                if (min < 0) return new EnumerablePartition<TElement>(this, count, -1);
            }
            else if ((uint)min > (uint)_max)
            {
                return EmptyPartition<TElement>.Instance;
            }
            return new EnumerablePartition<TElement>(_source, min, _max);
        }

        public IPartition<TElement> Take(int count)
        {
            int max = unchecked(_min + count - 1);
            if (!HasLimit)
            {
                if (max < 0) return new EnumerablePartition<TElement>(this, 0, count - 1);
            }
            else if (unchecked((uint)max >= (uint)_max))
            {
                return this;
            }
            return new EnumerablePartition<TElement>(_source, _min, max);
        }

        public TElement TryGetElementAt(int index, out bool found)
        {
            if (index >= 0 && (!HasLimit || index < Limit))
            {
                using (IEnumerator<TElement> e = _source.GetEnumerator())
                {
                    uint skip = (uint)(_min + index);
                    if (Advance(skip, e) == skip && e.MoveNext())
                    {
                        found = true;
                        return e.Current;
                    }
                }
            }
            found = false;
            return default(TElement);
        }

        public TElement TryGetFirst(out bool found)
        {
            return TryGetElementAt(0, out found);
        }

        public TElement TryGetLast(out bool found)
        {
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                if (Advance((uint)_min, e) == (uint)_min && e.MoveNext())
                {
                    int remaining = Limit - 1;
                    int floor = HasLimit ? 0 : int.MinValue;
                    TElement result;
                    do
                    {
                        remaining--;
                        result = e.Current;
                    }
                    while (remaining >= floor && e.MoveNext());
                    found = true;
                    return result;
                }
            }
            found = false;
            return default(TElement);
        }

        /// Without a limit this is the source's own Count minus the start.
        public int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap) return -1;
            if (!HasLimit)
            {
                int all = Enumerable.Count<TElement>(_source) - _min;
                return all > 0 ? all : 0;
            }
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                int count = (int)Advance((uint)_max + 1, e) - _min;
                return count > 0 ? count : 0;
            }
        }
    }
}
