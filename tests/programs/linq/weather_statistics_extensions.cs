// Weather statistics: generic and IReadOnlyCollection/IList extension methods (median, standard deviation, percentile, dense rank with an IComparable constraint, sliding windows via array ranges in an iterator), query group-by with several let clauses selecting a named tuple, generic positional record, TakeWhile, histogram GroupBy, ToDictionary with Zip/Skip, KeyValuePair deconstruction
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

static class Stats
{
    public static double Median(this IEnumerable<double> source)
    {
        var sorted = source.OrderBy(x => x).ToList();
        if (sorted.Count == 0) throw new InvalidOperationException("Sequence contains no elements");
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double StdDev(this IReadOnlyCollection<double> xs)
    {
        var mean = xs.Average();
        return Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / xs.Count);
    }

    public static double Percentile(this IList<double> sorted, double p)
    {
        var rank = p / 100 * (sorted.Count - 1);
        int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    public static IEnumerable<Ranked<T>> DenseRank<T, TKey>(this IEnumerable<T> src, Func<T, TKey> key)
        where TKey : IComparable<TKey>
    {
        int rank = 0;
        bool first = true;
        TKey prev = default(TKey)!;
        foreach (var item in src.OrderByDescending(key))
        {
            var k = key(item);
            if (first || k.CompareTo(prev) != 0) rank++;
            (first, prev) = (false, k);
            yield return new Ranked<T>(item, rank);
        }
    }

    public static IEnumerable<double[]> Windows(this double[] xs, int size)
    {
        for (int i = 0; i + size <= xs.Length; i++)
            yield return xs[i..(i + size)];
    }
}

record Ranked<T>(T Item, int Rank);
record Reading(string Station, int Day, double TempC, double RainMm);

class Program
{
    static void Main()
    {
        var readings = new List<Reading>();
        string[] stations = { "Oslo", "Rome", "Cairo" };
        double[] baseTemp = { 4, 16, 25 };
        for (int d = 1; d <= 10; d++)
            for (int s = 0; s < stations.Length; s++)
            {
                var wobble = ((d * 7 + s * 3) % 5 - 2) * 1.5;
                var rain = (d + s) % 4 == 0 ? (d * 2.5 + s) : 0;
                readings.Add(new(stations[s], d, baseTemp[s] + wobble + d * 0.5, rain));
            }

        Console.WriteLine($"{readings.Count} readings, first {readings[0]}, last {readings[^1].Station}/{readings[^1].Day}");

        var summary =
            from r in readings
            group r by r.Station into g
            let temps = g.Select(x => x.TempC).ToList()
            let sorted = temps.OrderBy(t => t).ToList()
            select (Station: g.Key, Mean: temps.Average(), Median: temps.Median(), Sd: temps.StdDev(),
                    P90: sorted.Percentile(90), Wet: g.Count(x => x.RainMm > 0), Rain: g.Sum(x => x.RainMm));
        foreach (var s in summary.OrderBy(s => s.Mean))
            Console.WriteLine($"{s.Station,-6} mean {s.Mean,6:F2} median {s.Median,6:F2} sd {s.Sd:F3} p90 {s.P90:F2} wet {s.Wet} rain {s.Rain}");

        var hottest = readings.DenseRank(r => r.TempC).TakeWhile(t => t.Rank <= 3);
        Console.WriteLine(string.Join("; ", hottest.Select(t => $"#{t.Rank} {t.Item.Station} d{t.Item.Day} {t.Item.TempC}")));

        var cairo = readings.Where(r => r.Station == "Cairo").Select(r => r.TempC).ToArray();
        var moving = cairo.Windows(3).Select(w => Math.Round(w.Average(), 2));
        Console.WriteLine($"cairo 3-day avg: {string.Join(" ", moving)}");
        Console.WriteLine($"windows(11): {cairo.Windows(11).Count()}, windows(10): {cairo.Windows(10).Count()}");

        var histogram = readings.GroupBy(r => (int)Math.Floor(r.TempC / 5) * 5)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key,3}..{g.Key + 4,-3}|{new string('#', g.Count())}");
        foreach (var row in histogram) Console.WriteLine(row);

        var warmingDays = readings.GroupBy(r => r.Station)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Day).Zip(g.OrderBy(r => r.Day).Skip(1), (a, b) => b.TempC > a.TempC).Count(up => up));
        foreach (var (station, ups) in warmingDays)
            Console.WriteLine($"{station}: warmer than previous day {ups} times");

        var dry = readings.Where(r => r.RainMm == 0).GroupBy(r => r.Day).Where(g => g.Count() == stations.Length).Select(g => g.Key);
        Console.WriteLine($"dry everywhere on days: [{string.Join(",", dry)}]");
        try { Array.Empty<double>().Median(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(new[] { 1.0, 2, 3, 4 }.Median() + " " + new List<double> { 2, 4, 4, 4, 5, 5, 7, 9 }.StdDev());
    }
}
// expect: 30 readings, first Reading { Station = Oslo, Day = 1, TempC = 4.5, RainMm = 0 }, last Cairo/10
// expect: Oslo   mean   6.75 median   6.75 sd 2.250 p90 10.05 wet 2 rain 30
// expect: Rome   mean  18.75 median  19.25 sd 2.839 p90 22.55 wet 2 rain 27
// expect: Cairo  mean  27.75 median  27.75 sd 2.562 p90 30.25 wet 3 rain 51
// expect: #1 Cairo d9 32.5; #2 Cairo d4 30; #3 Cairo d6 29.5
// expect: cairo 3-day avg: 25.5 26.5 27.5 28.5 27 28 29 30
// expect: windows(11): 0, windows(10): 1
// expect:   0..4  |###
// expect:   5..9  |#####
// expect:  10..14 |###
// expect:  15..19 |#####
// expect:  20..24 |#####
// expect:  25..29 |#######
// expect:  30..34 |##
// expect: Oslo: warmer than previous day 5 times
// expect: Rome: warmer than previous day 6 times
// expect: Cairo: warmer than previous day 5 times
// expect: dry everywhere on days: [1,5,9]
// expect: Sequence contains no elements
// expect: 2.5 2
