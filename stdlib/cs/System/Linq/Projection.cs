using System.Collections.Generic;

namespace System.Linq
{
    /// Select, SelectMany and Zip. Deferred, with arguments checked at the
    /// call. Select over a list or a positional sequence (Range, an
    /// ordering, a Skip or Take window) stays positional, so that a later
    /// Last or ElementAt runs the selector only on the element it returns.
    /// Zip without a result selector pairs the elements in tuples (.NET Core
    /// 3.0; Mono 6.8's System.Core lacks it).
    public static partial class Enumerable
    {
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
            {
                if (partition is EmptyPartition<TSource>) return EmptyPartition<TResult>.Instance;
                return new SelectPartition<TSource, TResult>(partition, selector);
            }
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                return new SelectPartition<TSource, TResult>(new ListPartition<TSource>(list, 0, int.MaxValue, true), selector);
            }
            return SelectIterator<TSource, TResult>(source, selector);
        }

        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource element in source)
            {
                yield return selector(element);
            }
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            return SelectIndexIterator<TSource, TResult>(source, selector);
        }

        private static IEnumerable<TResult> SelectIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked
                {
                    index++;
                }
                yield return selector(element, index);
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            return new SelectManyIterator<TSource, TResult>(source, selector);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            return SelectManyIndexIterator<TSource, TResult>(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked
                {
                    index++;
                }
                foreach (TResult sub in selector(element, index))
                {
                    yield return sub;
                }
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            if (source == null) throw LinqError.Null("source");
            if (collectionSelector == null) throw LinqError.Null("collectionSelector");
            if (resultSelector == null) throw LinqError.Null("resultSelector");
            return SelectManyResultIterator<TSource, TCollection, TResult>(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyResultIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource element in source)
            {
                foreach (TCollection sub in collectionSelector(element))
                {
                    yield return resultSelector(element, sub);
                }
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            if (source == null) throw LinqError.Null("source");
            if (collectionSelector == null) throw LinqError.Null("collectionSelector");
            if (resultSelector == null) throw LinqError.Null("resultSelector");
            return SelectManyIndexResultIterator<TSource, TCollection, TResult>(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIndexResultIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked
                {
                    index++;
                }
                foreach (TCollection sub in collectionSelector(element, index))
                {
                    yield return resultSelector(element, sub);
                }
            }
        }

        /// Stops at the end of the shorter sequence; `first` is advanced
        /// before `second` each time.
        // (.NET names the elements First and Second; names do not cross
        // assemblies without TupleElementNames, which is not emitted yet.)
        public static IEnumerable<(TFirst, TSecond)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second)
        {
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            return ZipIterator<TFirst, TSecond, (TFirst, TSecond)>(first, second, (a, b) => (a, b));
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            if (resultSelector == null) throw LinqError.Null("resultSelector");
            return ZipIterator<TFirst, TSecond, TResult>(first, second, resultSelector);
        }

        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            using (IEnumerator<TFirst> e1 = first.GetEnumerator())
            {
                using (IEnumerator<TSecond> e2 = second.GetEnumerator())
                {
                    while (e1.MoveNext() && e2.MoveNext())
                    {
                        yield return resultSelector(e1.Current, e2.Current);
                    }
                }
            }
        }
    }
}
