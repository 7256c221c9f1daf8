using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    /// Groups of elements by key, in the order their keys first appeared,
    /// each group's elements in source order. Built once by ToLookup,
    /// GroupBy and the joins, never changed afterwards. Keys may be null
    /// (a null key hashes to 0 without asking the comparer), so this keeps
    /// its own chained hash table rather than a Dictionary; the groups are
    /// also linked in insertion order for enumeration.
    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly IEqualityComparer<TKey> _comparer;
        private Grouping<TKey, TElement>[] _buckets;
        private Grouping<TKey, TElement> _first;
        private Grouping<TKey, TElement> _last;
        private int _count;

        private Lookup(IEqualityComparer<TKey> comparer)
        {
            _comparer = comparer == null ? EqualityComparer<TKey>.Default : comparer;
            _buckets = new Grouping<TKey, TElement>[7];
        }

        /// The key is computed before the element, item by item, as .NET
        /// calls the two selectors.
        internal static Lookup<TKey, TElement> CreateWithElements<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source)
            {
                TKey key = keySelector(item);
                lookup.GetGrouping(key, true).Add(elementSelector(item));
            }
            return lookup;
        }

        internal static Lookup<TKey, TElement> Create(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
            {
                lookup.GetGrouping(keySelector(item), true).Add(item);
            }
            return lookup;
        }

        /// The inner side of Join and GroupJoin: an element whose key is null
        /// matches nothing, so it is left out.
        internal static Lookup<TKey, TElement> CreateForJoin(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
            {
                TKey key = keySelector(item);
                if (key != null) lookup.GetGrouping(key, true).Add(item);
            }
            return lookup;
        }

        public int Count
        {
            get { return _count; }
        }

        /// A key without a group gives an empty sequence.
        public IEnumerable<TElement> this[TKey key]
        {
            get
            {
                Grouping<TKey, TElement> g = GetGrouping(key, false);
                if (g != null) return g;
                return EmptyPartition<TElement>.Instance;
            }
        }

        public bool Contains(TKey key)
        {
            return GetGrouping(key, false) != null;
        }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            for (Grouping<TKey, TElement> g = _first; g != null; g = g._next)
            {
                yield return g;
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        /// One result per group, in group order. The selector gets the
        /// group's elements as an exact-length array, as on .NET.
        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            for (Grouping<TKey, TElement> g = _first; g != null; g = g._next)
            {
                g.Trim();
                yield return resultSelector(g._key, g._elements);
            }
        }

        /// The groups in order, chained through `_next`.
        internal Grouping<TKey, TElement> FirstGrouping
        {
            get { return _first; }
        }

        internal Grouping<TKey, TElement> GetGrouping(TKey key, bool create)
        {
            int hashCode = key == null ? 0 : _comparer.GetHashCode(key) & 0x7FFFFFFF;
            for (Grouping<TKey, TElement> g = _buckets[hashCode % _buckets.Length]; g != null; g = g._hashNext)
            {
                if (g._hashCode == hashCode && _comparer.Equals(g._key, key)) return g;
            }
            if (!create) return null;
            if (_count == _buckets.Length) Resize();
            int index = hashCode % _buckets.Length;
            Grouping<TKey, TElement> added = new Grouping<TKey, TElement>(key, hashCode);
            added._hashNext = _buckets[index];
            _buckets[index] = added;
            if (_last == null) _first = added;
            else _last._next = added;
            _last = added;
            _count++;
            return added;
        }

        private void Resize()
        {
            int size = checked(_count * 2 + 1);
            Grouping<TKey, TElement>[] buckets = new Grouping<TKey, TElement>[size];
            for (Grouping<TKey, TElement> g = _first; g != null; g = g._next)
            {
                int index = g._hashCode % size;
                g._hashNext = buckets[index];
                buckets[index] = g;
            }
            _buckets = buckets;
        }
    }

    /// One group of a Lookup. It is also a read-only IList, so that Count,
    /// ElementAt and ToArray on a group need not enumerate it.
    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        internal readonly TKey _key;
        internal readonly int _hashCode;
        internal TElement[] _elements;
        internal int _count;

        /// The next group in the same hash bucket.
        internal Grouping<TKey, TElement> _hashNext;

        /// The next group in insertion order.
        internal Grouping<TKey, TElement> _next;

        internal Grouping(TKey key, int hashCode)
        {
            _key = key;
            _hashCode = hashCode;
            _elements = new TElement[1];
        }

        internal void Add(TElement element)
        {
            if (_elements.Length == _count) Array.Resize<TElement>(ref _elements, checked(_count * 2));
            _elements[_count] = element;
            _count++;
        }

        internal void Trim()
        {
            if (_elements.Length != _count) Array.Resize<TElement>(ref _elements, _count);
        }

        public TKey Key
        {
            get { return _key; }
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _elements[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        int ICollection<TElement>.Count
        {
            get { return _count; }
        }

        bool ICollection<TElement>.IsReadOnly
        {
            get { return true; }
        }

        void ICollection<TElement>.Add(TElement item)
        {
            throw LinqError.NotSupported();
        }

        void ICollection<TElement>.Clear()
        {
            throw LinqError.NotSupported();
        }

        bool ICollection<TElement>.Contains(TElement item)
        {
            return Array.IndexOf<TElement>(_elements, item, 0, _count) >= 0;
        }

        void ICollection<TElement>.CopyTo(TElement[] array, int arrayIndex)
        {
            Array.Copy(_elements, 0, array, arrayIndex, _count);
        }

        bool ICollection<TElement>.Remove(TElement item)
        {
            throw LinqError.NotSupported();
        }

        int IList<TElement>.IndexOf(TElement item)
        {
            return Array.IndexOf<TElement>(_elements, item, 0, _count);
        }

        void IList<TElement>.Insert(int index, TElement item)
        {
            throw LinqError.NotSupported();
        }

        void IList<TElement>.RemoveAt(int index)
        {
            throw LinqError.NotSupported();
        }

        TElement IList<TElement>.this[int index]
        {
            get
            {
                if (index < 0 || index >= _count) throw LinqError.OutOfRange("index");
                return _elements[index];
            }
            set { throw LinqError.NotSupported(); }
        }
    }
}
