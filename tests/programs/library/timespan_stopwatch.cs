// TimeSpan: construction, parts and totals, From* cut to whole ticks (.NET Core 3.1),
// arithmetic, comparison and the constant format; Stopwatch measuring a loop.
// mono-differs: Mono rounds TimeSpan.From* to the millisecond, as .NET Framework does
using System;
using System.Diagnostics;

class TimeSpanStopwatch
{
    static void Main()
    {
        var t = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(t + " " + t.Days + " " + t.Hours + " " + t.Minutes + " " + t.Seconds + " " + t.Milliseconds); // expect: 1.02:03:04.5670000 1 2 3 4 567
        Console.WriteLine(t.Ticks + " " + t.TotalHours.ToString("F4") + " " + t.TotalMilliseconds); // expect: 937845670000 26.0513 93784567
        Console.WriteLine(new TimeSpan(2, 30, 0) + " " + TimeSpan.FromMinutes(90) + " " + TimeSpan.FromSeconds(1.5) + " " + TimeSpan.FromMilliseconds(0.4)); // expect: 02:30:00 01:30:00 00:00:01.5000000 00:00:00.0004000
        Console.WriteLine(TimeSpan.FromSeconds(-61.25) + " " + (-t) + " " + TimeSpan.Zero + " " + TimeSpan.FromTicks(1)); // expect: -00:01:01.2500000 -1.02:03:04.5670000 00:00:00 00:00:00.0000001
        var sum = TimeSpan.FromHours(23) + TimeSpan.FromMinutes(61);
        Console.WriteLine(sum + " " + (sum - TimeSpan.FromDays(1)) + " " + sum.Duration() + " " + (-sum).Duration()); // expect: 1.00:01:00 00:01:00 1.00:01:00 1.00:01:00
        Console.WriteLine((sum > t) + " " + (sum == TimeSpan.FromMinutes(1441)) + " " + sum.CompareTo(t) + " " + TimeSpan.Compare(t, t) + " " + t.Equals((object)t)); // expect: False True -1 0 True
        Console.WriteLine(TimeSpan.MaxValue + " " + TimeSpan.MinValue); // expect: 10675199.02:48:05.4775807 -10675199.02:48:05.4775808
        try
        {
            TimeSpan.MaxValue.Add(TimeSpan.FromTicks(1));
        }
        catch (OverflowException e)
        {
            Console.WriteLine(e.Message); // expect: TimeSpan overflowed because the duration is too long.
        }

        var sw = Stopwatch.StartNew();
        long x = 0;
        for (int i = 0; i < 1000000; i++) x += i % 7;
        sw.Stop();
        long ms = sw.ElapsedMilliseconds;
        Console.WriteLine(x + " " + sw.IsRunning + " " + (ms >= 0) + " " + (sw.Elapsed.Ticks >= 0) + " " + (sw.ElapsedTicks >= 0)); // expect: 2999997 False True True True
        Console.WriteLine(sw.ElapsedMilliseconds == ms); // expect: True
        sw.Restart();
        Console.WriteLine(sw.IsRunning + " " + (Stopwatch.Frequency > 0) + " " + (Stopwatch.GetTimestamp() > 0)); // expect: True True True
        sw.Reset();
        Console.WriteLine(sw.ElapsedTicks + " " + sw.IsRunning); // expect: 0 False
    }
}
