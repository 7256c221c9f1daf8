// Events declared in a base class and raised through a protected virtual OnXxx method: derived classes trigger the base event through it, override it to add behaviour before or after calling base, suppress raising entirely, and subscribe to their own inherited event; an abstract base with a virtual field-like event overridden in a subclass.
using System;
using System.Collections.Generic;
class ProgressEventArgs : EventArgs {
    public int Percent { get; }
    public ProgressEventArgs(int p) { Percent = p; }
}
class Job {
    public string Name { get; }
    public event EventHandler<ProgressEventArgs> Progress;
    public event EventHandler Completed;
    public Job(string name) { Name = name; }
    protected virtual void OnProgress(ProgressEventArgs e) {
        Progress?.Invoke(this, e);
    }
    protected virtual void OnCompleted() {
        EventHandler h = Completed;
        if (h != null) h(this, EventArgs.Empty);
    }
    public virtual void Run() {
        for (int p = 0; p <= 100; p += 50) OnProgress(new ProgressEventArgs(p));
        OnCompleted();
    }
}
class CopyJob : Job {
    readonly int files;
    public CopyJob(int files) : base("copy") {
        this.files = files;
        Completed += (s, e) => Console.WriteLine("  copy job saw its own completion");
    }
    public override void Run() {
        for (int i = 1; i <= files; i++) OnProgress(new ProgressEventArgs(i * 100 / files));
        OnCompleted();
    }
    protected override void OnCompleted() {
        Console.WriteLine("  copy job: before raising Completed");
        base.OnCompleted();
        Console.WriteLine("  copy job: after raising Completed");
    }
}
class QuietJob : Job {
    public QuietJob() : base("quiet") { }
    protected override void OnProgress(ProgressEventArgs e) {
        if (e.Percent == 100) base.OnProgress(e);
    }
}
class SilentJob : Job {
    public SilentJob() : base("silent") { }
    protected override void OnCompleted() { Console.WriteLine("  silent job swallowed Completed"); }
}
abstract class Sensor {
    public virtual event Action<double> Reading;
    protected void Emit(double v) { var r = Reading; if (r != null) r(v); }
    public abstract void Sample();
}
class Thermometer : Sensor {
    readonly List<Action<double>> own = new List<Action<double>>();
    public override event Action<double> Reading {
        add { own.Add(value); }
        remove { own.Remove(value); }
    }
    public override void Sample() {
        Emit(-1);
        foreach (var h in own) h(21.5);
    }
}
class Program {
    static void Watch(Job j) {
        j.Progress += (s, e) => Console.WriteLine("  " + ((Job)s).Name + " " + e.Percent + "%");
        j.Completed += (s, e) => Console.WriteLine("  " + ((Job)s).Name + " done");
    }
    static void Main() {
        var jobs = new Job[] { new Job("plain"), new CopyJob(4), new QuietJob(), new SilentJob() };
        foreach (var j in jobs) {
            Console.WriteLine("run " + j.Name + " (" + j.GetType().Name + ")");
            Watch(j);
            j.Run();
        }
        Sensor t = new Thermometer();
        t.Reading += v => Console.WriteLine("reading " + v);
        t.Sample();
        // expect: run plain (Job)
        // expect:   plain 0%
        // expect:   plain 50%
        // expect:   plain 100%
        // expect:   plain done
        // expect: run copy (CopyJob)
        // expect:   copy 25%
        // expect:   copy 50%
        // expect:   copy 75%
        // expect:   copy 100%
        // expect:   copy job: before raising Completed
        // expect:   copy job saw its own completion
        // expect:   copy done
        // expect:   copy job: after raising Completed
        // expect: run quiet (QuietJob)
        // expect:   quiet 100%
        // expect:   quiet done
        // expect: run silent (SilentJob)
        // expect:   silent 0%
        // expect:   silent 50%
        // expect:   silent 100%
        // expect:   silent job swallowed Completed
        // expect: reading 21.5
    }
}
