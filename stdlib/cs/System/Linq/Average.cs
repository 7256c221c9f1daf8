using System.Collections.Generic;

namespace System.Linq
{
    /// Average for int, long, float and double, their nullable forms, each
    /// with and without a selector (no decimal yet). int and long sum in a
    /// checked long and return double; float sums in double and returns
    /// float. An empty sequence throws; in the nullable forms nulls are
    /// skipped and no value at all gives null.
    public static partial class Enumerable
    {
        public static double Average(this IEnumerable<int> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                long sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum = checked(sum + e.Current);
                    count++;
                }
                return (double)sum / count;
            }
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                long sum = selector(e.Current);
                long count = 1;
                while (e.MoveNext())
                {
                    sum = checked(sum + selector(e.Current));
                    count++;
                }
                return (double)sum / count;
            }
        }

        public static double? Average(this IEnumerable<int?> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<int?> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    int? value = e.Current;
                    if (value.HasValue)
                    {
                        long sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = e.Current;
                            if (value.HasValue)
                            {
                                sum = checked(sum + value.GetValueOrDefault());
                                count++;
                            }
                        }
                        return (double)sum / count;
                    }
                }
            }
            return null;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    int? value = selector(e.Current);
                    if (value.HasValue)
                    {
                        long sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = selector(e.Current);
                            if (value.HasValue)
                            {
                                sum = checked(sum + value.GetValueOrDefault());
                                count++;
                            }
                        }
                        return (double)sum / count;
                    }
                }
            }
            return null;
        }

        public static double Average(this IEnumerable<long> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                long sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum = checked(sum + e.Current);
                    count++;
                }
                return (double)sum / count;
            }
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                long sum = selector(e.Current);
                long count = 1;
                while (e.MoveNext())
                {
                    sum = checked(sum + selector(e.Current));
                    count++;
                }
                return (double)sum / count;
            }
        }

        public static double? Average(this IEnumerable<long?> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<long?> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    long? value = e.Current;
                    if (value.HasValue)
                    {
                        long sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = e.Current;
                            if (value.HasValue)
                            {
                                sum = checked(sum + value.GetValueOrDefault());
                                count++;
                            }
                        }
                        return (double)sum / count;
                    }
                }
            }
            return null;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    long? value = selector(e.Current);
                    if (value.HasValue)
                    {
                        long sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = selector(e.Current);
                            if (value.HasValue)
                            {
                                sum = checked(sum + value.GetValueOrDefault());
                                count++;
                            }
                        }
                        return (double)sum / count;
                    }
                }
            }
            return null;
        }

        public static float Average(this IEnumerable<float> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                double sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return (float)(sum / count);
            }
        }

        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                double sum = selector(e.Current);
                long count = 1;
                while (e.MoveNext())
                {
                    sum += selector(e.Current);
                    count++;
                }
                return (float)(sum / count);
            }
        }

        public static float? Average(this IEnumerable<float?> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<float?> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    float? value = e.Current;
                    if (value.HasValue)
                    {
                        double sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = e.Current;
                            if (value.HasValue)
                            {
                                sum += value.GetValueOrDefault();
                                count++;
                            }
                        }
                        return (float)(sum / count);
                    }
                }
            }
            return null;
        }

        public static float? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    float? value = selector(e.Current);
                    if (value.HasValue)
                    {
                        double sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = selector(e.Current);
                            if (value.HasValue)
                            {
                                sum += value.GetValueOrDefault();
                                count++;
                            }
                        }
                        return (float)(sum / count);
                    }
                }
            }
            return null;
        }

        public static double Average(this IEnumerable<double> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                double sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return sum / count;
            }
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                double sum = selector(e.Current);
                long count = 1;
                while (e.MoveNext())
                {
                    sum += selector(e.Current);
                    count++;
                }
                return sum / count;
            }
        }

        public static double? Average(this IEnumerable<double?> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<double?> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    double? value = e.Current;
                    if (value.HasValue)
                    {
                        double sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = e.Current;
                            if (value.HasValue)
                            {
                                sum += value.GetValueOrDefault();
                                count++;
                            }
                        }
                        return sum / count;
                    }
                }
            }
            return null;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    double? value = selector(e.Current);
                    if (value.HasValue)
                    {
                        double sum = value.GetValueOrDefault();
                        long count = 1;
                        while (e.MoveNext())
                        {
                            value = selector(e.Current);
                            if (value.HasValue)
                            {
                                sum += value.GetValueOrDefault();
                                count++;
                            }
                        }
                        return sum / count;
                    }
                }
            }
            return null;
        }
    }
}
