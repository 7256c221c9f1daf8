// Events: field-like (instance, static, generic EventHandler<T>), with add/remove accessors; raised with ?.Invoke and as a field inside the type; += and -= from outside with method groups and lambdas.
using System;
class Button {
    public event EventHandler Click;
    public static event Action<string> Logged;
    private Action inner;
    public event Action Custom { add { Console.WriteLine("add"); inner += value; } remove { Console.WriteLine("remove"); inner -= value; } }
    public void Press() { Click?.Invoke(this, EventArgs.Empty); Logged?.Invoke("pressed"); inner?.Invoke(); }
    public bool HasClick { get { return Click != null; } }
}
class Counter {
    public event EventHandler<int> Ticked;
    int n;
    public void Tick() { n++; if (Ticked != null) Ticked(this, n); }
}
class Program {
    static void OnClick(object s, EventArgs e) { Console.WriteLine("clicked " + (s is Button)); }
    static void Main() {
        var b = new Button();
        // expect: add
        // expect: clicked True
        // expect: log pressed
        // expect: custom
        // expect: clicked True
        // expect: log pressed
        // expect: custom
        // expect: 2 True
        // expect: remove
        // expect: log pressed
        // expect: 3
        // expect: tick 1
        // expect: tick 2
        b.Press();
        b.Click += OnClick;
        int count = 0;
        b.Click += (s, e) => count++;
        Button.Logged += m => Console.WriteLine("log " + m);
        Action c = () => Console.WriteLine("custom");
        b.Custom += c;
        b.Press();
        b.Press();
        Console.WriteLine(count + " " + b.HasClick);
        b.Click -= OnClick;
        b.Custom -= c;
        b.Press();
        Console.WriteLine(count);
        var t = new Counter();
        t.Ticked += (s, v) => Console.WriteLine("tick " + v);
        t.Tick(); t.Tick();
    }
}
