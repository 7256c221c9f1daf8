using System.Collections.Generic;

namespace System.Linq
{
    /// Distinct, Union, Intersect, Except (each with an optional comparer;
    /// all four yield distinct elements, in first-appearance order), Concat,
    /// Append and Prepend. Deferred, arguments checked at the call; a set
    /// is built afresh on each enumeration.
    public static partial class Enumerable
    {
        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source)
        {
            return Distinct<TSource>(source, null);
        }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            return DistinctIterator<TSource>(source, comparer);
        }

        private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> seen = new HashSet<TSource>(comparer);
            foreach (TSource element in source)
            {
                if (seen.Add(element)) yield return element;
            }
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Union<TSource>(first, second, null);
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            return UnionIterator<TSource>(first, second, comparer);
        }

        private static IEnumerable<TSource> UnionIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> seen = new HashSet<TSource>(comparer);
            foreach (TSource element in first)
            {
                if (seen.Add(element)) yield return element;
            }
            foreach (TSource element in second)
            {
                if (seen.Add(element)) yield return element;
            }
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Intersect<TSource>(first, second, null);
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            return IntersectIterator<TSource>(first, second, comparer);
        }

        /// `second` is read whole when enumeration starts; an element of
        /// `first` is yielded when it can be taken out of that set, so each
        /// value comes once.
        private static IEnumerable<TSource> IntersectIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource element in first)
            {
                if (set.Remove(element)) yield return element;
            }
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Except<TSource>(first, second, null);
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            return ExceptIterator<TSource>(first, second, comparer);
        }

        /// `second` is read whole when enumeration starts; each element of
        /// `first` yielded joins the set, so each value comes once.
        private static IEnumerable<TSource> ExceptIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource element in first)
            {
                if (set.Add(element)) yield return element;
            }
        }

        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            if (first == null) throw LinqError.Null("first");
            if (second == null) throw LinqError.Null("second");
            ConcatIterator<TSource> chain = first as ConcatIterator<TSource>;
            if (chain != null) return chain.Concat(second);
            return new Concat2Iterator<TSource>(first, second);
        }

        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            if (source == null) throw LinqError.Null("source");
            return new AppendPrependIterator<TSource>(source, element, true);
        }

        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            if (source == null) throw LinqError.Null("source");
            return new AppendPrependIterator<TSource>(source, element, false);
        }
    }
}
