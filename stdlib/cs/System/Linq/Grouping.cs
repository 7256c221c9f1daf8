using System.Collections.Generic;

namespace System.Linq
{
    /// GroupBy (deferred: the groups are built when enumeration starts, each
    /// time) and ToLookup (immediate). Both go through Lookup, so groups come
    /// in the order their keys first appear, elements in source order, and a
    /// null key makes a group like any other.
    public static partial class Enumerable
    {
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return GroupBy<TSource, TKey>(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            return GroupByIterator<TSource, TKey>(source, keySelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TSource>> GroupByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TSource> lookup = Lookup<TKey, TSource>.Create(source, keySelector, comparer);
            for (Grouping<TKey, TSource> g = lookup.FirstGrouping; g != null; g = g._next)
            {
                yield return g;
            }
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return GroupBy<TSource, TKey, TElement>(source, keySelector, elementSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            if (elementSelector == null) throw LinqError.Null("elementSelector");
            return GroupByElementIterator<TSource, TKey, TElement>(source, keySelector, elementSelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TElement>> GroupByElementIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = Lookup<TKey, TElement>.CreateWithElements<TSource>(source, keySelector, elementSelector, comparer);
            for (Grouping<TKey, TElement> g = lookup.FirstGrouping; g != null; g = g._next)
            {
                yield return g;
            }
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
        {
            return GroupBy<TSource, TKey, TResult>(source, keySelector, resultSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            if (resultSelector == null) throw LinqError.Null("resultSelector");
            return GroupByResultIterator<TSource, TKey, TResult>(source, keySelector, resultSelector, comparer);
        }

        /// The result selector gets each group's elements as an exact-length
        /// array, as on .NET.
        private static IEnumerable<TResult> GroupByResultIterator<TSource, TKey, TResult>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TSource> lookup = Lookup<TKey, TSource>.Create(source, keySelector, comparer);
            for (Grouping<TKey, TSource> g = lookup.FirstGrouping; g != null; g = g._next)
            {
                g.Trim();
                yield return resultSelector(g._key, g._elements);
            }
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            return GroupBy<TSource, TKey, TElement, TResult>(source, keySelector, elementSelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            if (elementSelector == null) throw LinqError.Null("elementSelector");
            if (resultSelector == null) throw LinqError.Null("resultSelector");
            return GroupByElementResultIterator<TSource, TKey, TElement, TResult>(source, keySelector, elementSelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> GroupByElementResultIterator<TSource, TKey, TElement, TResult>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = Lookup<TKey, TElement>.CreateWithElements<TSource>(source, keySelector, elementSelector, comparer);
            for (Grouping<TKey, TElement> g = lookup.FirstGrouping; g != null; g = g._next)
            {
                g.Trim();
                yield return resultSelector(g._key, g._elements);
            }
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToLookup<TSource, TKey>(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            return Lookup<TKey, TSource>.Create(source, keySelector, comparer);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToLookup<TSource, TKey, TElement>(source, keySelector, elementSelector, null);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            if (elementSelector == null) throw LinqError.Null("elementSelector");
            return Lookup<TKey, TElement>.CreateWithElements<TSource>(source, keySelector, elementSelector, comparer);
        }
    }
}
