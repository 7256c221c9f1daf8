using System.Collections.Generic;

namespace System.Linq
{
    /// Sum for int, long, float and double, their nullable forms, each with
    /// and without a selector (no decimal yet). Nulls are skipped and an
    /// empty sequence sums to 0. int and long add with overflow checking;
    /// float adds in double and rounds once at the end, as .NET does.
    public static partial class Enumerable
    {
        public static int Sum(this IEnumerable<int> source)
        {
            if (source == null) throw LinqError.Null("source");
            int sum = 0;
            foreach (int value in source)
            {
                sum = checked(sum + value);
            }
            return sum;
        }

        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            int sum = 0;
            foreach (TSource item in source)
            {
                sum = checked(sum + selector(item));
            }
            return sum;
        }

        public static int? Sum(this IEnumerable<int?> source)
        {
            if (source == null) throw LinqError.Null("source");
            int sum = 0;
            foreach (int? value in source)
            {
                if (value.HasValue)
                {
                    sum = checked(sum + value.GetValueOrDefault());
                }
            }
            return sum;
        }

        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            int sum = 0;
            foreach (TSource item in source)
            {
                int? value = selector(item);
                if (value.HasValue)
                {
                    sum = checked(sum + value.GetValueOrDefault());
                }
            }
            return sum;
        }

        public static long Sum(this IEnumerable<long> source)
        {
            if (source == null) throw LinqError.Null("source");
            long sum = 0;
            foreach (long value in source)
            {
                sum = checked(sum + value);
            }
            return sum;
        }

        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            long sum = 0;
            foreach (TSource item in source)
            {
                sum = checked(sum + selector(item));
            }
            return sum;
        }

        public static long? Sum(this IEnumerable<long?> source)
        {
            if (source == null) throw LinqError.Null("source");
            long sum = 0;
            foreach (long? value in source)
            {
                if (value.HasValue)
                {
                    sum = checked(sum + value.GetValueOrDefault());
                }
            }
            return sum;
        }

        public static long? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            long sum = 0;
            foreach (TSource item in source)
            {
                long? value = selector(item);
                if (value.HasValue)
                {
                    sum = checked(sum + value.GetValueOrDefault());
                }
            }
            return sum;
        }

        public static float Sum(this IEnumerable<float> source)
        {
            if (source == null) throw LinqError.Null("source");
            double sum = 0;
            foreach (float value in source)
            {
                sum += value;
            }
            return (float)sum;
        }

        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            double sum = 0;
            foreach (TSource item in source)
            {
                sum += selector(item);
            }
            return (float)sum;
        }

        public static float? Sum(this IEnumerable<float?> source)
        {
            if (source == null) throw LinqError.Null("source");
            double sum = 0;
            foreach (float? value in source)
            {
                if (value.HasValue)
                {
                    sum += value.GetValueOrDefault();
                }
            }
            return (float)sum;
        }

        public static float? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            double sum = 0;
            foreach (TSource item in source)
            {
                float? value = selector(item);
                if (value.HasValue)
                {
                    sum += value.GetValueOrDefault();
                }
            }
            return (float)sum;
        }

        public static double Sum(this IEnumerable<double> source)
        {
            if (source == null) throw LinqError.Null("source");
            double sum = 0;
            foreach (double value in source)
            {
                sum += value;
            }
            return sum;
        }

        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            double sum = 0;
            foreach (TSource item in source)
            {
                sum += selector(item);
            }
            return sum;
        }

        public static double? Sum(this IEnumerable<double?> source)
        {
            if (source == null) throw LinqError.Null("source");
            double sum = 0;
            foreach (double? value in source)
            {
                if (value.HasValue)
                {
                    sum += value.GetValueOrDefault();
                }
            }
            return sum;
        }

        public static double? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            double sum = 0;
            foreach (TSource item in source)
            {
                double? value = selector(item);
                if (value.HasValue)
                {
                    sum += value.GetValueOrDefault();
                }
            }
            return sum;
        }
    }
}
