using System.Collections.Generic;

namespace System.Linq
{
    /// The operators that pick one element: First, Last, Single, ElementAt
    /// (and their OrDefault forms), plus DefaultIfEmpty. All but
    /// DefaultIfEmpty run at once. A list is read through its indexer, a
    /// positional sequence asked for the element directly; Last with a
    /// predicate searches a list from its end.
    public static partial class Enumerable
    {
        private static TSource TryGetFirst<TSource>(IEnumerable<TSource> source, out bool found)
        {
            if (source == null) throw LinqError.Null("source");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null) return partition.TryGetFirst(out found);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (list.Count > 0)
                {
                    found = true;
                    return list[0];
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        found = true;
                        return e.Current;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        private static TSource TryGetFirst<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) return ordered.TryGetFirst(predicate, out found);
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    found = true;
                    return element;
                }
            }
            found = false;
            return default(TSource);
        }

        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, out bool found)
        {
            if (source == null) throw LinqError.Null("source");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null) return partition.TryGetLast(out found);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count > 0)
                {
                    found = true;
                    return list[count - 1];
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        TSource result;
                        do
                        {
                            result = e.Current;
                        }
                        while (e.MoveNext());
                        found = true;
                        return result;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) return ordered.TryGetLast(predicate, out found);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    TSource element = list[i];
                    if (predicate(element))
                    {
                        found = true;
                        return element;
                    }
                }
            }
            else
            {
                found = false;
                TSource result = default(TSource);
                foreach (TSource element in source)
                {
                    if (predicate(element))
                    {
                        result = element;
                        found = true;
                    }
                }
                return result;
            }
            found = false;
            return default(TSource);
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource first = TryGetFirst<TSource>(source, out found);
            if (!found) throw LinqError.NoElements();
            return first;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource first = TryGetFirst<TSource>(source, predicate, out found);
            if (!found) throw LinqError.NoMatch();
            return first;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            return TryGetFirst<TSource>(source, out found);
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            return TryGetFirst<TSource>(source, predicate, out found);
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource last = TryGetLast<TSource>(source, out found);
            if (!found) throw LinqError.NoElements();
            return last;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource last = TryGetLast<TSource>(source, predicate, out found);
            if (!found) throw LinqError.NoMatch();
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            return TryGetLast<TSource>(source, out found);
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            return TryGetLast<TSource>(source, predicate, out found);
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count == 0) throw LinqError.NoElements();
                if (count == 1) return list[0];
                throw LinqError.MoreThanOneElement();
            }
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                TSource result = e.Current;
                if (!e.MoveNext()) return result;
            }
            throw LinqError.MoreThanOneElement();
        }

        /// Stops reading at the second match.
        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource result = TryGetSingle<TSource>(source, predicate, out found);
            if (!found) throw LinqError.NoMatch();
            return result;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count == 0) return default(TSource);
                if (count == 1) return list[0];
                throw LinqError.MoreThanOneElement();
            }
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) return default(TSource);
                TSource result = e.Current;
                if (!e.MoveNext()) return result;
            }
            throw LinqError.MoreThanOneElement();
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            return TryGetSingle<TSource>(source, predicate, out found);
        }

        private static TSource TryGetSingle<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource result = e.Current;
                    if (predicate(result))
                    {
                        while (e.MoveNext())
                        {
                            if (predicate(e.Current)) throw LinqError.MoreThanOneMatch();
                        }
                        found = true;
                        return result;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        /// A list's own indexer reports a bad index (with its message).
        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null) throw LinqError.Null("source");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
            {
                bool found;
                TSource element = partition.TryGetElementAt(index, out found);
                if (found) return element;
            }
            else
            {
                IList<TSource> list = source as IList<TSource>;
                if (list != null)
                {
                    // An array's IList indexer should itself throw this, as
                    // .NET's does, but here it still throws
                    // IndexOutOfRangeException.
                    if (source is TSource[] && (uint)index >= (uint)list.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return list[index];
                }
                if (index >= 0)
                {
                    using (IEnumerator<TSource> e = source.GetEnumerator())
                    {
                        while (e.MoveNext())
                        {
                            if (index == 0) return e.Current;
                            index--;
                        }
                    }
                }
            }
            throw LinqError.OutOfRange("index");
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null) throw LinqError.Null("source");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
            {
                bool found;
                return partition.TryGetElementAt(index, out found);
            }
            if (index >= 0)
            {
                IList<TSource> list = source as IList<TSource>;
                if (list != null)
                {
                    if (index < list.Count) return list[index];
                }
                else
                {
                    using (IEnumerator<TSource> e = source.GetEnumerator())
                    {
                        while (e.MoveNext())
                        {
                            if (index == 0) return e.Current;
                            index--;
                        }
                    }
                }
            }
            return default(TSource);
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source)
        {
            return DefaultIfEmpty<TSource>(source, default(TSource));
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            if (source == null) throw LinqError.Null("source");
            return new DefaultIfEmptyIterator<TSource>(source, defaultValue);
        }
    }
}
