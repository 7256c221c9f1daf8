using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    /// The lazy operators that can count themselves from their sources'
    /// counts (see ICountProvider): Concat, Append/Prepend, Reverse,
    /// DefaultIfEmpty and SelectMany's first form. Each enumerates with an
    /// iterator, as the plain operators do.
    public static partial class Enumerable
    {
        /// A count that needs no enumeration: a collection's, or a provider's
        /// cheap one.
        internal static bool TryGetCheapCount<TSource>(IEnumerable<TSource> source, out int count)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null)
            {
                count = collection.Count;
                return true;
            }
            ICountProvider<TSource> provider = source as ICountProvider<TSource>;
            if (provider != null)
            {
                count = provider.GetCount(true);
                return count >= 0;
            }
            count = -1;
            return false;
        }

        /// The elements of several sequences, concatenated into one array as
        /// .NET does it: a part whose count is cheap is only reserved at
        /// first and copied in once every other part has been read, so parts
        /// are read out of order.
        internal static TSource[] ToArrayDeferringCounted<TSource>(IEnumerable<IEnumerable<TSource>> parts)
        {
            TSource[] array = Array.Empty<TSource>();
            int length = 0;
            List<IEnumerable<TSource>> deferred = null;
            List<int> deferredAt = null;
            foreach (IEnumerable<TSource> part in parts)
            {
                int count;
                if (TryGetCheapCount<TSource>(part, out count))
                {
                    if (count > 0)
                    {
                        if (deferred == null)
                        {
                            deferred = new List<IEnumerable<TSource>>();
                            deferredAt = new List<int>();
                        }
                        deferred.Add(part);
                        deferredAt.Add(length);
                        int end = checked(length + count);
                        Grow(ref array, end);
                        length = end;
                    }
                }
                else
                {
                    foreach (TSource item in part)
                    {
                        if (length == array.Length) Grow(ref array, checked(length + 1));
                        array[length] = item;
                        length++;
                    }
                }
            }
            if (array.Length != length) Array.Resize<TSource>(ref array, length);
            if (deferred != null)
            {
                for (int i = 0; i < deferred.Count; i++)
                {
                    IEnumerable<TSource> part = deferred[i];
                    int at = deferredAt[i];
                    ICollection<TSource> collection = part as ICollection<TSource>;
                    if (collection != null)
                    {
                        collection.CopyTo(array, at);
                    }
                    else
                    {
                        foreach (TSource item in part)
                        {
                            array[at] = item;
                            at++;
                        }
                    }
                }
            }
            return array;
        }

        /// Makes room for at least `min` elements, doubling (from 4).
        private static void Grow<TSource>(ref TSource[] array, int min)
        {
            if (array.Length >= min) return;
            int size = array.Length == 0 ? 4 : array.Length * 2;
            if ((uint)size > 0x7FEFFFFF) size = 0x7FEFFFFF;
            if (size < min) size = min;
            Array.Resize<TSource>(ref array, size);
        }
    }

    /// A lazy sequence with its own way of being copied into an array or a
    /// list, which ToArray, ToList, OrderBy and Reverse use.
    internal interface IArrayProvider<TElement> : ICountProvider<TElement>
    {
        TElement[] ToArray();

        List<TElement> ToList();
    }

    /// Concat's result. Concat of a Concat adds one more part to a chain
    /// (ConcatNIterator) instead of nesting, which matters for how it is
    /// counted: the parts added later are counted first, each with Count(),
    /// as .NET does.
    internal abstract class ConcatIterator<TSource> : IArrayProvider<TSource>
    {
        /// Part `index` (0-based), or null past the last.
        internal abstract IEnumerable<TSource> GetPart(int index);

        internal abstract ConcatIterator<TSource> Concat(IEnumerable<TSource> next);

        public abstract int GetCount(bool onlyIfCheap);

        public IEnumerator<TSource> GetEnumerator()
        {
            for (int i = 0; ; i++)
            {
                IEnumerable<TSource> part = GetPart(i);
                if (part == null) break;
                foreach (TSource item in part)
                {
                    yield return item;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        private IEnumerable<IEnumerable<TSource>> Parts()
        {
            for (int i = 0; ; i++)
            {
                IEnumerable<TSource> part = GetPart(i);
                if (part == null) yield break;
                yield return part;
            }
        }

        public TSource[] ToArray()
        {
            return Enumerable.ToArrayDeferringCounted<TSource>(Parts());
        }

        public List<TSource> ToList()
        {
            int count = GetCount(true);
            List<TSource> list = count != -1 ? new List<TSource>(count) : new List<TSource>();
            foreach (IEnumerable<TSource> part in Parts())
            {
                list.AddRange(part);
            }
            return list;
        }
    }

    internal sealed class Concat2Iterator<TSource> : ConcatIterator<TSource>
    {
        internal readonly IEnumerable<TSource> _first;
        internal readonly IEnumerable<TSource> _second;

        internal Concat2Iterator(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            _first = first;
            _second = second;
        }

        internal override IEnumerable<TSource> GetPart(int index)
        {
            if (index == 0) return _first;
            if (index == 1) return _second;
            return null;
        }

        internal override ConcatIterator<TSource> Concat(IEnumerable<TSource> next)
        {
            bool onlyCollections = next is ICollection<TSource> && _first is ICollection<TSource> && _second is ICollection<TSource>;
            return new ConcatNIterator<TSource>(this, next, 2, onlyCollections);
        }

        /// Each part by its cheap count when it has one (so a Select part's
        /// selector does not run), else by Count().
        public override int GetCount(bool onlyIfCheap)
        {
            int firstCount;
            if (!Enumerable.TryGetCheapCount<TSource>(_first, out firstCount))
            {
                if (onlyIfCheap) return -1;
                firstCount = Enumerable.Count<TSource>(_first);
            }
            int secondCount;
            if (!Enumerable.TryGetCheapCount<TSource>(_second, out secondCount))
            {
                if (onlyIfCheap) return -1;
                secondCount = Enumerable.Count<TSource>(_second);
            }
            return checked(firstCount + secondCount);
        }
    }

    /// One more part (`_head`, part number `_headIndex`) after `_tail`.
    internal sealed class ConcatNIterator<TSource> : ConcatIterator<TSource>
    {
        private readonly ConcatIterator<TSource> _tail;
        private readonly IEnumerable<TSource> _head;
        private readonly int _headIndex;
        private readonly bool _onlyCollections;

        internal ConcatNIterator(ConcatIterator<TSource> tail, IEnumerable<TSource> head, int headIndex, bool onlyCollections)
        {
            _tail = tail;
            _head = head;
            _headIndex = headIndex;
            _onlyCollections = onlyCollections;
        }

        internal override IEnumerable<TSource> GetPart(int index)
        {
            if (index > _headIndex) return null;
            ConcatIterator<TSource> node = this;
            ConcatNIterator<TSource> n = this;
            while (n != null)
            {
                if (index == n._headIndex) return n._head;
                node = n._tail;
                n = node as ConcatNIterator<TSource>;
            }
            return node.GetPart(index);
        }

        internal override ConcatIterator<TSource> Concat(IEnumerable<TSource> next)
        {
            if (_headIndex == int.MaxValue - 2) return new Concat2Iterator<TSource>(this, next);
            return new ConcatNIterator<TSource>(this, next, _headIndex + 1, _onlyCollections && next is ICollection<TSource>);
        }

        public override int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap && !_onlyCollections) return -1;
            int count = 0;
            ConcatIterator<TSource> node = this;
            ConcatNIterator<TSource> n = this;
            while (n != null)
            {
                ICollection<TSource> collection = n._head as ICollection<TSource>;
                int partCount = collection != null ? collection.Count : Enumerable.Count<TSource>(n._head);
                count = checked(count + partCount);
                node = n._tail;
                n = node as ConcatNIterator<TSource>;
            }
            return checked(count + node.GetCount(onlyIfCheap));
        }
    }

    internal sealed class AppendPrependIterator<TSource> : ICountProvider<TSource>
    {
        private readonly IEnumerable<TSource> _source;
        private readonly TSource _item;
        private readonly bool _appending;

        internal AppendPrependIterator(IEnumerable<TSource> source, TSource item, bool appending)
        {
            _source = source;
            _item = item;
            _appending = appending;
        }

        public IEnumerator<TSource> GetEnumerator()
        {
            if (!_appending) yield return _item;
            foreach (TSource element in _source)
            {
                yield return element;
            }
            if (_appending) yield return _item;
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public int GetCount(bool onlyIfCheap)
        {
            ICountProvider<TSource> provider = _source as ICountProvider<TSource>;
            if (provider != null)
            {
                int count = provider.GetCount(onlyIfCheap);
                return count == -1 ? -1 : checked(count + 1);
            }
            if (!onlyIfCheap || _source is ICollection<TSource>) return checked(Enumerable.Count<TSource>(_source) + 1);
            return -1;
        }
    }

    /// Copies the source (with ToArray, so through its own provider) when
    /// enumeration starts, then walks the copy from its end.
    internal sealed class ReverseIterator<TSource> : ICountProvider<TSource>
    {
        private readonly IEnumerable<TSource> _source;

        internal ReverseIterator(IEnumerable<TSource> source)
        {
            _source = source;
        }

        public IEnumerator<TSource> GetEnumerator()
        {
            int count;
            TSource[] buffer = Enumerable.ToBuffer<TSource>(_source, out count);
            for (int i = count - 1; i >= 0; i--)
            {
                yield return buffer[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public int GetCount(bool onlyIfCheap)
        {
            if (!onlyIfCheap) return Enumerable.Count<TSource>(_source);
            ICountProvider<TSource> provider = _source as ICountProvider<TSource>;
            if (provider != null) return provider.GetCount(true);
            ICollection<TSource> collection = _source as ICollection<TSource>;
            if (collection != null) return collection.Count;
            ICollection untyped = _source as ICollection;
            if (untyped != null) return untyped.Count;
            return -1;
        }
    }

    internal sealed class DefaultIfEmptyIterator<TSource> : ICountProvider<TSource>
    {
        private readonly IEnumerable<TSource> _source;
        private readonly TSource _default;

        internal DefaultIfEmptyIterator(IEnumerable<TSource> source, TSource defaultValue)
        {
            _source = source;
            _default = defaultValue;
        }

        public IEnumerator<TSource> GetEnumerator()
        {
            using (IEnumerator<TSource> e = _source.GetEnumerator())
            {
                if (e.MoveNext())
                {
                    do
                    {
                        yield return e.Current;
                    }
                    while (e.MoveNext());
                }
                else
                {
                    yield return _default;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public int GetCount(bool onlyIfCheap)
        {
            int count;
            if (!onlyIfCheap || _source is ICollection<TSource> || _source is ICollection)
            {
                count = Enumerable.Count<TSource>(_source);
            }
            else
            {
                ICountProvider<TSource> provider = _source as ICountProvider<TSource>;
                count = provider != null ? provider.GetCount(true) : -1;
            }
            return count == 0 ? 1 : count;
        }
    }

    /// SelectMany with one selector: counted by counting each inner
    /// sequence with Count().
    internal sealed class SelectManyIterator<TSource, TResult> : IArrayProvider<TResult>
    {
        private readonly IEnumerable<TSource> _source;
        private readonly Func<TSource, IEnumerable<TResult>> _selector;

        internal SelectManyIterator(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            _source = source;
            _selector = selector;
        }

        public IEnumerator<TResult> GetEnumerator()
        {
            foreach (TSource element in _source)
            {
                foreach (TResult sub in _selector(element))
                {
                    yield return sub;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        private IEnumerable<IEnumerable<TResult>> Parts()
        {
            foreach (TSource element in _source)
            {
                yield return _selector(element);
            }
        }

        public int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap) return -1;
            int count = 0;
            foreach (TSource element in _source)
            {
                count = checked(count + Enumerable.Count<TResult>(_selector(element)));
            }
            return count;
        }

        public TResult[] ToArray()
        {
            return Enumerable.ToArrayDeferringCounted<TResult>(Parts());
        }

        public List<TResult> ToList()
        {
            List<TResult> list = new List<TResult>();
            foreach (TSource element in _source)
            {
                list.AddRange(_selector(element));
            }
            return list;
        }
    }
}
