// A generic Observable<T> with Action<T> subscribers: Subscribe returns an Action that unsubscribes through a closure, derived observables from Map<R>/Where built with lambdas capturing the source, a BehaviorSubject-like replay of the last value, and subscribers capturing the caller's locals.
using System;
using System.Collections.Generic;
class Observable<T> {
    readonly List<Action<T>> subscribers = new List<Action<T>>();
    public int Count { get { return subscribers.Count; } }
    public virtual Action Subscribe(Action<T> onNext) {
        subscribers.Add(onNext);
        bool active = true;
        return () => {
            if (!active) return;
            active = false;
            subscribers.Remove(onNext);
        };
    }
    public virtual void Publish(T value) {
        foreach (var s in subscribers.ToArray()) s(value);
    }
    public Observable<R> Map<R>(Func<T, R> f) {
        var result = new Observable<R>();
        Subscribe(v => result.Publish(f(v)));
        return result;
    }
    public Observable<T> Where(Func<T, bool> pred) {
        var result = new Observable<T>();
        Subscribe(v => { if (pred(v)) result.Publish(v); });
        return result;
    }
}
class Subject<T> : Observable<T> {
    T last;
    bool hasValue;
    public override Action Subscribe(Action<T> onNext) {
        if (hasValue) onNext(last);
        return base.Subscribe(onNext);
    }
    public override void Publish(T value) { last = value; hasValue = true; base.Publish(value); }
}
class Program {
    static void Main() {
        var temps = new Observable<double>();
        var log = new List<string>();
        double max = double.MinValue;
        int readings = 0;
        var stopMax = temps.Subscribe(t => { readings++; if (t > max) max = t; });
        var stopLog = temps.Subscribe(t => log.Add("t=" + t));
        var alerts = temps.Where(t => t > 30).Map(t => "ALERT " + t);
        alerts.Subscribe(msg => log.Add(msg));
        temps.Publish(21.5);
        temps.Publish(33);
        // expect: t=21.5|t=33|ALERT 33
        Console.WriteLine(string.Join("|", log));
        stopLog();
        stopLog();
        temps.Publish(35.5);
        temps.Publish(12);
        // expect: t=21.5|t=33|ALERT 33|ALERT 35.5
        Console.WriteLine(string.Join("|", log));
        // expect: max=35.5 readings=4 subscribers=2
        Console.WriteLine("max=" + max + " readings=" + readings + " subscribers=" + temps.Count);
        stopMax();
        temps.Publish(99);
        // expect: max=35.5 readings=4 last=ALERT 99
        Console.WriteLine("max=" + max + " readings=" + readings + " last=" + log[log.Count - 1]);
        var status = new Subject<string>();
        status.Publish("booting");
        status.Publish("ready");
        var seen = new List<string>();
        Action unsubscribe = status.Subscribe(s => seen.Add("A:" + s));
        status.Subscribe(s => seen.Add("B:" + s.Length));
        status.Publish("busy");
        unsubscribe();
        status.Publish("done");
        // expect: A:ready,B:5,A:busy,B:4,B:4
        Console.WriteLine(string.Join(",", seen));
        var clicks = new Observable<int>();
        var totals = new List<int>();
        int running = 0;
        var sums = clicks.Map(n => running += n);
        var labels = sums.Map(s => s % 2 == 0 ? "even" : "odd");
        var labelLog = new List<string>();
        labels.Subscribe(labelLog.Add);
        sums.Subscribe(totals.Add);
        foreach (int n in new[] { 1, 2, 3, 4 }) clicks.Publish(n);
        // expect: 1 3 6 10
        // expect: odd odd even even
        Console.WriteLine(string.Join(" ", totals));
        Console.WriteLine(string.Join(" ", labelLog));
        var once = new Observable<string>();
        int fired = 0;
        Action cancel = null;
        cancel = once.Subscribe(s => { fired++; cancel(); });
        once.Publish("x"); once.Publish("y");
        // expect: fired=1 subscribers=0
        Console.WriteLine("fired=" + fired + " subscribers=" + once.Count);
    }
}
