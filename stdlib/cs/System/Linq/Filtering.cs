using System.Collections.Generic;

namespace System.Linq
{
    /// Where, and the operators that keep or drop the elements of a sequence
    /// by type: OfType and Cast. All are deferred; their arguments are
    /// checked at the call, before any enumeration.
    public static partial class Enumerable
    {
        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            // As .NET's WhereArrayIterator and WhereListIterator: an array or
            // a list is walked directly, not through IEnumerator<T>'s calls.
            TSource[] array = source as TSource[];
            if (array != null) return WhereArrayIterator<TSource>(array, predicate);
            List<TSource> list = source as List<TSource>;
            if (list != null) return WhereListIterator<TSource>(list, predicate);
            return WhereIterator<TSource>(source, predicate);
        }

        private static IEnumerable<TSource> WhereArrayIterator<TSource>(TSource[] source, Func<TSource, bool> predicate)
        {
            for (int i = 0; i < source.Length; i++)
            {
                TSource element = source[i];
                if (predicate(element)) yield return element;
            }
        }

        /// The list's own enumerator (a struct): a list changed during the
        /// enumeration still throws InvalidOperationException.
        private static IEnumerable<TSource> WhereListIterator<TSource>(List<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource element in source)
            {
                if (predicate(element)) yield return element;
            }
        }

        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource element in source)
            {
                if (predicate(element)) yield return element;
            }
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null) throw LinqError.Null("source");
            if (predicate == null) throw LinqError.Null("predicate");
            return WhereIndexIterator<TSource>(source, predicate);
        }

        private static IEnumerable<TSource> WhereIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked
                {
                    index++;
                }
                if (predicate(element, index)) yield return element;
            }
        }

        public static IEnumerable<TResult> OfType<TResult>(this System.Collections.IEnumerable source)
        {
            if (source == null) throw LinqError.Null("source");
            return OfTypeIterator<TResult>(source);
        }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(System.Collections.IEnumerable source)
        {
            foreach (object obj in source)
            {
                if (obj is TResult) yield return (TResult)obj;
            }
        }

        /// A source that already is a sequence of TResult is returned as it
        /// is (so no element is checked), as on .NET.
        public static IEnumerable<TResult> Cast<TResult>(this System.Collections.IEnumerable source)
        {
            IEnumerable<TResult> typed = source as IEnumerable<TResult>;
            if (typed != null) return typed;
            if (source == null) throw LinqError.Null("source");
            return CastIterator<TResult>(source);
        }

        private static IEnumerable<TResult> CastIterator<TResult>(System.Collections.IEnumerable source)
        {
            foreach (object obj in source)
            {
                yield return (TResult)obj;
            }
        }
    }
}
