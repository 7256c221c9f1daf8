// Events with explicit add/remove accessors that store handlers in a Dictionary<string, Delegate> keyed per event (the EventHandlerList pattern), combining with Delegate.Combine/Remove, removing the last handler deleting the key, an unknown handler removal being a no-op, and a virtual event accessor overridden in a subclass.
using System;
using System.Collections.Generic;
class Control {
    readonly Dictionary<string, Delegate> handlers = new Dictionary<string, Delegate>();
    protected void AddHandler(string key, Delegate d) {
        Delegate existing;
        handlers.TryGetValue(key, out existing);
        handlers[key] = Delegate.Combine(existing, d);
        Console.WriteLine("  [add " + key + ", now " + Count(key) + "]");
    }
    protected void RemoveHandler(string key, Delegate d) {
        Delegate existing;
        if (!handlers.TryGetValue(key, out existing)) { Console.WriteLine("  [remove " + key + ": none]"); return; }
        var rest = Delegate.Remove(existing, d);
        if (rest == null) handlers.Remove(key); else handlers[key] = rest;
        Console.WriteLine("  [remove " + key + ", now " + Count(key) + "]");
    }
    public int Count(string key) {
        Delegate d;
        return handlers.TryGetValue(key, out d) ? d.GetInvocationList().Length : 0;
    }
    public int Keys { get { return handlers.Count; } }
    protected T Get<T>(string key) where T : class {
        Delegate d;
        handlers.TryGetValue(key, out d);
        return d as T;
    }
    public event EventHandler Click {
        add { AddHandler("click", value); }
        remove { RemoveHandler("click", value); }
    }
    public event Action<int, int> Resize {
        add { AddHandler("resize", value); }
        remove { RemoveHandler("resize", value); }
    }
    public virtual event Action<string> TextChanged {
        add { AddHandler("text", value); }
        remove { RemoveHandler("text", value); }
    }
    public void PerformClick() {
        var h = Get<EventHandler>("click");
        if (h != null) h(this, EventArgs.Empty); else Console.WriteLine("no click handlers");
    }
    public void SetSize(int w, int h) { Get<Action<int, int>>("resize")?.Invoke(w, h); }
    public void SetText(string t) { Get<Action<string>>("text")?.Invoke(t); }
}
class UpperTextBox : Control {
    public override event Action<string> TextChanged {
        add { Console.WriteLine("  [wrapping handler]"); base.TextChanged += s => value(s.ToUpper()); }
        remove { Console.WriteLine("  [cannot remove wrapped handler]"); }
    }
}
class Program {
    static void Clicked(object sender, EventArgs e) { Console.WriteLine("clicked " + sender.GetType().Name); }
    static void Main() {
        var c = new Control();
        c.Click += Clicked;
        EventHandler second = (s, e) => Console.WriteLine("second click handler");
        c.Click += second;
        c.Resize += (w, h) => Console.WriteLine("resized to " + w + "x" + h);
        c.PerformClick();
        c.SetSize(640, 480);
        Console.WriteLine("keys " + c.Keys);
        c.Click -= Clicked;
        c.PerformClick();
        c.Click -= second;
        c.PerformClick();
        c.Click -= second;
        Console.WriteLine("keys " + c.Keys + ", resize " + c.Count("resize"));
        c.TextChanged += t => Console.WriteLine("text: " + t);
        c.SetText("hello");
        Control box = new UpperTextBox();
        box.TextChanged += t => Console.WriteLine("box text: " + t);
        box.SetText("quiet");
        box.TextChanged -= t => { };
        Console.WriteLine("box text handlers " + box.Count("text"));
        // expect:   [add click, now 1]
        // expect:   [add click, now 2]
        // expect:   [add resize, now 1]
        // expect: clicked Control
        // expect: second click handler
        // expect: resized to 640x480
        // expect: keys 2
        // expect:   [remove click, now 1]
        // expect: second click handler
        // expect:   [remove click, now 0]
        // expect: no click handlers
        // expect:   [remove click: none]
        // expect: keys 1, resize 1
        // expect:   [add text, now 1]
        // expect: text: hello
        // expect:   [wrapping handler]
        // expect:   [add text, now 1]
        // expect: box text: QUIET
        // expect:   [cannot remove wrapped handler]
        // expect: box text handlers 1
    }
}
