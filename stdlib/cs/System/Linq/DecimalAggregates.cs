using System.Collections.Generic;

namespace System.Linq
{
    /// Sum and Average of decimals, and of nullable decimals (whose nulls are skipped; no
    /// value at all sums to 0 and averages to null). Decimal arithmetic overflows with an
    /// OverflowException of its own, so no checked context is needed.
    public static partial class Enumerable
    {
        public static decimal Sum(this IEnumerable<decimal> source)
        {
            if (source == null) throw LinqError.Null("source");
            decimal sum = 0;
            foreach (decimal value in source) sum += value;
            return sum;
        }

        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            decimal sum = 0;
            foreach (TSource item in source) sum += selector(item);
            return sum;
        }

        public static decimal? Sum(this IEnumerable<decimal?> source)
        {
            if (source == null) throw LinqError.Null("source");
            decimal sum = 0;
            foreach (decimal? value in source)
            {
                if (value.HasValue) sum += value.GetValueOrDefault();
            }
            return sum;
        }

        public static decimal? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            decimal sum = 0;
            foreach (TSource item in source)
            {
                decimal? value = selector(item);
                if (value.HasValue) sum += value.GetValueOrDefault();
            }
            return sum;
        }

        public static decimal Average(this IEnumerable<decimal> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<decimal> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                decimal sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return sum / count;
            }
        }

        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            return Average(Select(source, selector));
        }

        public static decimal? Average(this IEnumerable<decimal?> source)
        {
            if (source == null) throw LinqError.Null("source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal? value in source)
            {
                if (value.HasValue)
                {
                    sum += value.GetValueOrDefault();
                    count++;
                }
            }
            if (count == 0) return null;
            return sum / count;
        }

        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            return Average(Select(source, selector));
        }
    }
}
