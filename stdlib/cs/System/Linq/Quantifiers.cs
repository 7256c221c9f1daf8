using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    /// The operators that answer a question about a whole sequence, at once:
    /// Any, All, Contains, Count, LongCount, SequenceEqual and Aggregate.
    /// Each stops reading as soon as the answer is known.
    public static partial class Enumerable
    {
        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                return e.MoveNext();
            }
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            foreach (TSource element in source)
            {
                if (predicate(element)) return true;
            }
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            foreach (TSource element in source)
            {
                if (!predicate(element)) return false;
            }
            return true;
        }

        /// A collection answers with its own Contains (and so its own
        /// comparer, as a HashSet's).
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Contains(value);
            return Contains<TSource>(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            foreach (TSource element in source)
            {
                if (comparer.Equals(element, value)) return true;
            }
            return false;
        }

        /// Collections give their Count; a lazy sequence that can count
        /// itself does (see ICountProvider), so that an ordering is counted
        /// without computing keys, as on .NET.
        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Count;
            ICountProvider<TSource> provider = source as ICountProvider<TSource>;
            if (provider != null) return provider.GetCount(false);
            ICollection untyped = source as ICollection;
            if (untyped != null) return untyped.Count;
            int count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    checked
                    {
                        count++;
                    }
                }
            }
            return count;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            int count = 0;
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    checked
                    {
                        count++;
                    }
                }
            }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            long count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    checked
                    {
                        count++;
                    }
                }
            }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            long count = 0;
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    checked
                    {
                        count++;
                    }
                }
            }
            return count;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return SequenceEqual<TSource>(first, second, null);
        }

        /// Two collections of different counts differ without being read;
        /// two lists are compared by index.
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            ICollection<TSource> c1 = first as ICollection<TSource>;
            ICollection<TSource> c2 = second as ICollection<TSource>;
            if (c1 != null && c2 != null)
            {
                if (c1.Count != c2.Count) return false;
                IList<TSource> l1 = c1 as IList<TSource>;
                IList<TSource> l2 = c2 as IList<TSource>;
                if (l1 != null && l2 != null)
                {
                    int count = c1.Count;
                    for (int i = 0; i < count; i++)
                    {
                        if (!comparer.Equals(l1[i], l2[i])) return false;
                    }
                    return true;
                }
            }
            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            {
                using (IEnumerator<TSource> e2 = second.GetEnumerator())
                {
                    while (e1.MoveNext())
                    {
                        if (!(e2.MoveNext() && comparer.Equals(e1.Current, e2.Current))) return false;
                    }
                    return !e2.MoveNext();
                }
            }
        }

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            if (source == null) throw LinqError.Null("source");
            if (func == null) throw LinqError.Null("func");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                TSource result = e.Current;
                while (e.MoveNext())
                {
                    result = func(result, e.Current);
                }
                return result;
            }
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            if (source == null) throw LinqError.Null("source");
            if (func == null) throw LinqError.Null("func");
            TAccumulate result = seed;
            foreach (TSource element in source)
            {
                result = func(result, element);
            }
            return result;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            if (source == null) throw LinqError.Null("source");
            if (func == null) throw LinqError.Null("func");
            if (resultSelector == null) throw LinqError.Null("resultSelector");
            TAccumulate result = seed;
            foreach (TSource element in source)
            {
                result = func(result, element);
            }
            return resultSelector(result);
        }
    }
}
