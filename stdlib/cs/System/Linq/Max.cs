using System.Collections.Generic;

namespace System.Linq
{
    /// Max for int, long, float and double, their nullable forms, each with
    /// and without a selector (no decimal yet), and for any type through
    /// Comparer<T>.Default. An empty sequence throws, except where the result
    /// can be null (a nullable or reference type): nulls are skipped then,
    /// and no value at all gives null. For float and double NaN is the
    /// smallest value: it is the result only when every value is NaN. Among
    /// equal values the first one wins.
    public static partial class Enumerable
    {
        public static int Max(this IEnumerable<int> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                int value = e.Current;
                while (e.MoveNext())
                {
                    int x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                int value = selector(e.Current);
                while (e.MoveNext())
                {
                    int x = selector(e.Current);
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static int? Max(this IEnumerable<int?> source)
        {
            if (source == null) throw LinqError.Null("source");
            int? value = null;
            using (IEnumerator<int?> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (!value.HasValue);
                int valueVal = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    int? cur = e.Current;
                    if (cur.HasValue)
                    {
                        int x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            int? value = null;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = selector(e.Current);
                }
                while (!value.HasValue);
                int valueVal = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    int? cur = selector(e.Current);
                    if (cur.HasValue)
                    {
                        int x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static long Max(this IEnumerable<long> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                long value = e.Current;
                while (e.MoveNext())
                {
                    long x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                long value = selector(e.Current);
                while (e.MoveNext())
                {
                    long x = selector(e.Current);
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static long? Max(this IEnumerable<long?> source)
        {
            if (source == null) throw LinqError.Null("source");
            long? value = null;
            using (IEnumerator<long?> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (!value.HasValue);
                long valueVal = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    long? cur = e.Current;
                    if (cur.HasValue)
                    {
                        long x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            long? value = null;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = selector(e.Current);
                }
                while (!value.HasValue);
                long valueVal = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    long? cur = selector(e.Current);
                    if (cur.HasValue)
                    {
                        long x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static float Max(this IEnumerable<float> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                float value = e.Current;
                while (float.IsNaN(value))
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (e.MoveNext())
                {
                    float x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                float value = selector(e.Current);
                while (float.IsNaN(value))
                {
                    if (!e.MoveNext()) return value;
                    value = selector(e.Current);
                }
                while (e.MoveNext())
                {
                    float x = selector(e.Current);
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static float? Max(this IEnumerable<float?> source)
        {
            if (source == null) throw LinqError.Null("source");
            float? value = null;
            using (IEnumerator<float?> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (!value.HasValue);
                float valueVal = value.GetValueOrDefault();
                while (float.IsNaN(valueVal))
                {
                    if (!e.MoveNext()) return value;
                    float? next = e.Current;
                    if (next.HasValue)
                    {
                        value = next;
                        valueVal = next.GetValueOrDefault();
                    }
                }
                while (e.MoveNext())
                {
                    float? cur = e.Current;
                    if (cur.HasValue)
                    {
                        float x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static float? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            float? value = null;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = selector(e.Current);
                }
                while (!value.HasValue);
                float valueVal = value.GetValueOrDefault();
                while (float.IsNaN(valueVal))
                {
                    if (!e.MoveNext()) return value;
                    float? next = selector(e.Current);
                    if (next.HasValue)
                    {
                        value = next;
                        valueVal = next.GetValueOrDefault();
                    }
                }
                while (e.MoveNext())
                {
                    float? cur = selector(e.Current);
                    if (cur.HasValue)
                    {
                        float x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static double Max(this IEnumerable<double> source)
        {
            if (source == null) throw LinqError.Null("source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                double value = e.Current;
                while (double.IsNaN(value))
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (e.MoveNext())
                {
                    double x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw LinqError.NoElements();
                double value = selector(e.Current);
                while (double.IsNaN(value))
                {
                    if (!e.MoveNext()) return value;
                    value = selector(e.Current);
                }
                while (e.MoveNext())
                {
                    double x = selector(e.Current);
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static double? Max(this IEnumerable<double?> source)
        {
            if (source == null) throw LinqError.Null("source");
            double? value = null;
            using (IEnumerator<double?> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (!value.HasValue);
                double valueVal = value.GetValueOrDefault();
                while (double.IsNaN(valueVal))
                {
                    if (!e.MoveNext()) return value;
                    double? next = e.Current;
                    if (next.HasValue)
                    {
                        value = next;
                        valueVal = next.GetValueOrDefault();
                    }
                }
                while (e.MoveNext())
                {
                    double? cur = e.Current;
                    if (cur.HasValue)
                    {
                        double x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            double? value = null;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext()) return value;
                    value = selector(e.Current);
                }
                while (!value.HasValue);
                double valueVal = value.GetValueOrDefault();
                while (double.IsNaN(valueVal))
                {
                    if (!e.MoveNext()) return value;
                    double? next = selector(e.Current);
                    if (next.HasValue)
                    {
                        value = next;
                        valueVal = next.GetValueOrDefault();
                    }
                }
                while (e.MoveNext())
                {
                    double? cur = selector(e.Current);
                    if (cur.HasValue)
                    {
                        double x = cur.GetValueOrDefault();
                        if (x > valueVal)
                        {
                            valueVal = x;
                            value = cur;
                        }
                    }
                }
            }
            return value;
        }

        public static TSource Max<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null) throw LinqError.Null("source");
            Comparer<TSource> comparer = Comparer<TSource>.Default;
            TSource value = default(TSource);
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (value == null)
                {
                    do
                    {
                        if (!e.MoveNext()) return value;
                        value = e.Current;
                    }
                    while (value == null);
                    while (e.MoveNext())
                    {
                        TSource next = e.Current;
                        if (next != null && comparer.Compare(next, value) > 0) value = next;
                    }
                }
                else
                {
                    if (!e.MoveNext()) throw LinqError.NoElements();
                    value = e.Current;
                    while (e.MoveNext())
                    {
                        TSource next = e.Current;
                        if (comparer.Compare(next, value) > 0) value = next;
                    }
                }
            }
            return value;
        }

        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            if (source == null) throw LinqError.Null("source");
            if (selector == null) throw LinqError.Null("selector");
            Comparer<TResult> comparer = Comparer<TResult>.Default;
            TResult value = default(TResult);
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (value == null)
                {
                    do
                    {
                        if (!e.MoveNext()) return value;
                        value = selector(e.Current);
                    }
                    while (value == null);
                    while (e.MoveNext())
                    {
                        TResult next = selector(e.Current);
                        if (next != null && comparer.Compare(next, value) > 0) value = next;
                    }
                }
                else
                {
                    if (!e.MoveNext()) throw LinqError.NoElements();
                    value = selector(e.Current);
                    while (e.MoveNext())
                    {
                        TResult next = selector(e.Current);
                        if (comparer.Compare(next, value) > 0) value = next;
                    }
                }
            }
            return value;
        }
    }
}
