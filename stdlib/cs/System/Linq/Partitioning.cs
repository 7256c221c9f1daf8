using System.Collections.Generic;

namespace System.Linq
{
    /// Take, Skip and their While and Last forms. All are deferred, with
    /// arguments checked at the call. Take and Skip make a positional window
    /// (see IPartition): over a list it is read through the list's indexer,
    /// as .NET does.
    public static partial class Enumerable
    {
        /// A count of zero or less gives the empty sequence without ever
        /// touching the source.
        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null) throw LinqError.Null("source");
            if (count <= 0) return EmptyPartition<TSource>.Instance;
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null) return partition.Take(count);
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return new ListPartition<TSource>(list, 0, count - 1, false);
            return new EnumerablePartition<TSource>(source, 0, count - 1);
        }

        /// Skipping nothing returns the source itself when it is one of these
        /// operators' own lazy results (as far as they can be recognised),
        /// as on .NET; anything else gets a window from 0.
        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null) throw LinqError.Null("source");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (count <= 0)
            {
                if (source is ICountProvider<TSource>) return source;
                count = 0;
            }
            else if (partition != null)
            {
                return partition.Skip(count);
            }
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return new ListPartition<TSource>(list, count, int.MaxValue, false);
            return new EnumerablePartition<TSource>(source, count, -1);
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            return TakeWhileIterator<TSource>(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource element in source)
            {
                if (!predicate(element)) break;
                yield return element;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            return TakeWhileIndexIterator<TSource>(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked
                {
                    index++;
                }
                if (!predicate(element, index)) break;
                yield return element;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            return SkipWhileIterator<TSource>(source, predicate);
        }

        /// Once the predicate fails, it is not called again.
        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource element = e.Current;
                    if (!predicate(element))
                    {
                        yield return element;
                        while (e.MoveNext())
                        {
                            yield return e.Current;
                        }
                        yield break;
                    }
                }
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            return SkipWhileIndexIterator<TSource>(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                int index = -1;
                while (e.MoveNext())
                {
                    checked
                    {
                        index++;
                    }
                    TSource element = e.Current;
                    if (!predicate(element, index))
                    {
                        yield return element;
                        while (e.MoveNext())
                        {
                            yield return e.Current;
                        }
                        yield break;
                    }
                }
            }
        }

        /// Over a list or a positional sequence whose length is known, the
        /// window's start is fixed here, at the call (elements added later
        /// still show up after it), as .NET does; anything else is buffered
        /// when enumerated.
        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null) throw LinqError.Null("source");
            if (count <= 0) return EmptyPartition<TSource>.Instance;
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
            {
                int length = partition.GetCount(true);
                if (length >= 0)
                {
                    if (length - count > 0) return partition.Skip(length - count);
                    return partition;
                }
            }
            else
            {
                IList<TSource> list = source as IList<TSource>;
                if (list != null)
                {
                    int length = list.Count;
                    int start = length > count ? length - count : 0;
                    return new ListPartition<TSource>(list, start, int.MaxValue, false);
                }
            }
            return TakeLastIterator<TSource>(source, count);
        }

        private static IEnumerable<TSource> TakeLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> queue = new Queue<TSource>();
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    if (queue.Count == count) queue.Dequeue();
                    queue.Enqueue(e.Current);
                }
            }
            while (queue.Count > 0)
            {
                yield return queue.Dequeue();
            }
        }

        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null) throw LinqError.Null("source");
            if (count <= 0) return Skip<TSource>(source, 0);
            return SkipLastIterator<TSource>(source, count);
        }

        /// Holds back `count` elements; each one read beyond them releases
        /// the oldest.
        private static IEnumerable<TSource> SkipLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> queue = new Queue<TSource>();
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    if (queue.Count == count)
                    {
                        yield return queue.Dequeue();
                    }
                    queue.Enqueue(e.Current);
                }
            }
        }
    }
}
