// Retry helpers built from delegates: a generic Retry<T>(Func<T>, attempts, Func<Exception, bool> shouldRetry, Action<int, Exception> onRetry), a backoff schedule Func<int, int>, a flaky operation whose failures are scripted by a captured counter, a fallback Func, and a circuit breaker wrapping a Func<T> into another Func<T>.
using System;
using System.Collections.Generic;
class TransientException : Exception { public TransientException(string m) : base(m) { } }
class FatalException : Exception { public FatalException(string m) : base(m) { } }
static class Policy {
    public static T Retry<T>(Func<T> op, int attempts, Func<Exception, bool> shouldRetry, Action<int, Exception> onRetry) {
        for (int i = 1; ; i++) {
            try { return op(); }
            catch (Exception e) {
                if (i >= attempts || !shouldRetry(e)) throw;
                onRetry(i, e);
            }
        }
    }
    public static T WithFallback<T>(Func<T> op, Func<Exception, T> fallback) {
        try { return op(); } catch (Exception e) { return fallback(e); }
    }
    public static Func<T> Breaker<T>(Func<T> op, int threshold, List<string> log) {
        int failures = 0;
        return () => {
            if (failures >= threshold) { log.Add("open"); throw new InvalidOperationException("circuit open"); }
            try { T r = op(); failures = 0; return r; }
            catch (TransientException) { failures++; log.Add("fail " + failures); throw; }
        };
    }
}
class Program {
    static Func<string> Flaky(int failTimes, string result) {
        int calls = 0;
        return () => {
            calls++;
            if (calls <= failTimes) throw new TransientException("attempt " + calls);
            return result + " after " + calls;
        };
    }
    static void Main() {
        var log = new List<string>();
        Func<int, int> backoff = attempt => 100 * (1 << (attempt - 1));
        Action<int, Exception> note = (i, e) => log.Add(e.Message + " -> wait " + backoff(i));
        Func<Exception, bool> transientOnly = e => e is TransientException;
        // expect: ok after 3
        // expect: attempt 1 -> wait 100; attempt 2 -> wait 200
        Console.WriteLine(Policy.Retry(Flaky(2, "ok"), 5, transientOnly, note));
        Console.WriteLine(string.Join("; ", log));
        log.Clear();
        // expect: gave up: attempt 3
        // expect: 2 retries logged
        try { Policy.Retry(Flaky(10, "never"), 3, transientOnly, note); }
        catch (TransientException e) { Console.WriteLine("gave up: " + e.Message); }
        Console.WriteLine(log.Count + " retries logged");
        log.Clear();
        // expect: fatal: disk gone
        // expect: 0 retries logged
        int fatalCalls = 0;
        try { Policy.Retry<int>(() => { fatalCalls++; throw new FatalException("disk gone"); }, 5, transientOnly, note); }
        catch (FatalException e) { Console.WriteLine("fatal: " + e.Message); }
        Console.WriteLine(log.Count + " retries logged");
        // expect: 1
        Console.WriteLine(fatalCalls);
        // expect: 42
        // expect: fallback for attempt 1
        Console.WriteLine(Policy.WithFallback(() => 42, e => -1));
        Console.WriteLine(Policy.WithFallback(Flaky(1, "x"), e => "fallback for " + e.Message));
        var breakerLog = new List<string>();
        var guarded = Policy.Breaker(Flaky(5, "late"), 2, breakerLog);
        var outcomes = new List<string>();
        for (int i = 0; i < 4; i++) {
            try { outcomes.Add(guarded()); }
            catch (TransientException) { outcomes.Add("T"); }
            catch (InvalidOperationException) { outcomes.Add("X"); }
        }
        // expect: T T X X
        // expect: fail 1,fail 2,open,open
        Console.WriteLine(string.Join(" ", outcomes));
        Console.WriteLine(string.Join(",", breakerLog));
        var healing = Policy.Breaker(Flaky(1, "healed"), 2, breakerLog);
        // expect: healed after 2
        Console.WriteLine(Policy.Retry(healing, 3, transientOnly, delegate { }));
        // expect: 100 200 400 800
        var waits = new List<int>();
        for (int a = 1; a <= 4; a++) waits.Add(backoff(a));
        Console.WriteLine(string.Join(" ", waits));
    }
}
