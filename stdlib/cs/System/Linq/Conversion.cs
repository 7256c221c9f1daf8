using System.Collections.Generic;

namespace System.Linq
{
    /// The operators that copy a sequence into a collection (ToArray, ToList,
    /// ToDictionary, ToHashSet), at once, and AsEnumerable.
    public static partial class Enumerable
    {
        /// The elements in order, in an array that may be longer than
        /// `length`: an ICollection<T> is copied exactly through CopyTo, a
        /// sequence with its own ToArray uses it, anything else grows the
        /// array 4, 8, 16...
        internal static TSource[] ToBuffer<TSource>(IEnumerable<TSource> source, out int length)
        {
            IArrayProvider<TSource> provider = source as IArrayProvider<TSource>;
            if (provider != null)
            {
                TSource[] result = provider.ToArray();
                length = result.Length;
                return result;
            }
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null)
            {
                int count = collection.Count;
                length = count;
                if (count == 0) return Array.Empty<TSource>();
                TSource[] copy = new TSource[count];
                collection.CopyTo(copy, 0);
                return copy;
            }
            TSource[] array = Array.Empty<TSource>();
            int n = 0;
            foreach (TSource item in source)
            {
                if (n == array.Length) Grow<TSource>(ref array, checked(n + 1));
                array[n] = item;
                n++;
            }
            length = n;
            return array;
        }

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            int length;
            TSource[] array = ToBuffer<TSource>(source, out length);
            if (array.Length != length) Array.Resize<TSource>(ref array, length);
            return array;
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            IArrayProvider<TSource> provider = source as IArrayProvider<TSource>;
            if (provider != null) return provider.ToList();
            return new List<TSource>(source);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToDictionary<TSource, TKey>(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        /// A null or repeated key fails in Dictionary.Add, with its
        /// exception.
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>(CapacityOf<TSource>(source), comparer);
            foreach (TSource element in source)
            {
                d.Add(keySelector(element), element);
            }
            return d;
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToDictionary<TSource, TKey, TElement>(source, keySelector, elementSelector, null);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            if (keySelector == null) throw LinqError.Null("keySelector");
            if (elementSelector == null) throw LinqError.Null("elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(CapacityOf<TSource>(source), comparer);
            foreach (TSource element in source)
            {
                TKey key = keySelector(element);
                d.Add(key, elementSelector(element));
            }
            return d;
        }

        private static int CapacityOf<TSource>(IEnumerable<TSource> source)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            return collection == null ? 0 : collection.Count;
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
        {
            return ToHashSet<TSource>(source, null);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            if (source == null) throw LinqError.Null("source");
            return new HashSet<TSource>(source, comparer);
        }

        /// The source itself, typed as a sequence (so that a type's own
        /// methods of the same names are bypassed); null is allowed.
        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source)
        {
            return source;
        }
    }
}
