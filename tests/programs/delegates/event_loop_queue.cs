// A tiny event loop over Queue<Action>: tasks that post follow-up tasks, timers kept as (due tick, Action) pairs in a list ordered by a FindIndex insertion, handlers registered per event name as multicast Action<string>, and a task that throws without stopping the loop.
using System;
using System.Collections.Generic;
class Loop {
    readonly Queue<Action> ready = new Queue<Action>();
    readonly List<KeyValuePair<int, Action>> timers = new List<KeyValuePair<int, Action>>();
    readonly Dictionary<string, Action<string>> handlers = new Dictionary<string, Action<string>>();
    public int Tick;
    public readonly List<string> Log = new List<string>();
    public void Post(Action a) { ready.Enqueue(a); }
    public void After(int ticks, Action a) {
        int due = Tick + ticks;
        int at = timers.FindIndex(t => t.Key > due);
        timers.Insert(at < 0 ? timers.Count : at, new KeyValuePair<int, Action>(due, a));
    }
    public void On(string evt, Action<string> h) {
        Action<string> existing;
        handlers[evt] = handlers.TryGetValue(evt, out existing) ? existing + h : h;
    }
    public void Emit(string evt, string payload) {
        Post(() => {
            Action<string> h;
            if (handlers.TryGetValue(evt, out h)) h(payload);
            else Log.Add("unhandled " + evt);
        });
    }
    public void Run() {
        while (ready.Count > 0 || timers.Count > 0) {
            while (ready.Count > 0) {
                var task = ready.Dequeue();
                try { task(); }
                catch (InvalidOperationException e) { Log.Add("error: " + e.Message); }
            }
            Tick++;
            while (timers.Count > 0 && timers[0].Key <= Tick) {
                Post(timers[0].Value);
                timers.RemoveAt(0);
            }
        }
    }
}
class Program {
    static void Main() {
        var loop = new Loop();
        var log = loop.Log;
        loop.On("greet", who => log.Add("hello " + who));
        loop.On("greet", who => log.Add("(greeted " + who.Length + ")"));
        loop.On("save", doc => loop.After(2, () => log.Add("saved " + doc + " @" + loop.Tick)));
        loop.Post(() => log.Add("start @" + loop.Tick));
        loop.Post(() => {
            log.Add("spawn");
            for (int i = 1; i <= 3; i++) {
                int n = i;
                loop.Post(() => log.Add("child " + n));
            }
        });
        loop.Emit("greet", "Ada");
        loop.Emit("save", "notes");
        loop.Emit("missing", "");
        loop.After(1, () => log.Add("timer1 @" + loop.Tick));
        loop.After(3, () => { log.Add("timer3 @" + loop.Tick); loop.Emit("greet", "Bo"); });
        loop.Post(() => { throw new InvalidOperationException("boom"); });
        int countdown = 3;
        Action tick = null;
        tick = () => {
            log.Add("countdown " + countdown);
            if (--countdown > 0) loop.After(2, tick);
        };
        loop.Post(tick);
        loop.Run();
        // expect: start @0
        // expect: spawn
        // expect: hello Ada
        // expect: (greeted 3)
        // expect: unhandled missing
        // expect: error: boom
        // expect: countdown 3
        // expect: child 1
        // expect: child 2
        // expect: child 3
        // expect: timer1 @1
        // expect: saved notes @2
        // expect: countdown 2
        // expect: timer3 @3
        // expect: hello Bo
        // expect: (greeted 2)
        // expect: countdown 1
        // expect: ticks=5
        foreach (var line in log) Console.WriteLine(line);
        Console.WriteLine("ticks=" + loop.Tick);
    }
}
