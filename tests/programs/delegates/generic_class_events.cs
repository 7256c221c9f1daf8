// Events of a generic class used from outside through an instance: field-like and with accessors.
using System;
class Box<T> {
    public event Action<T> Changed;
    private Action<T> log;
    public event Action<T> Logged { add { log += value; } remove { log -= value; } }
    public void Set(T v) { if (Changed != null) Changed(v); log?.Invoke(v); }
}
class P {
    static void Main() {
        var b = new Box<int>();
        // expect: got 5
        // expect: log 5
        // expect: log 6
        Action<int> h = v => Console.WriteLine("got " + v);
        b.Changed += h;
        b.Logged += v => Console.WriteLine("log " + v);
        b.Set(5);
        b.Changed -= h;
        b.Set(6);
    }
}
