// Static events: a static field-like event shared by all instances, raised from a static helper and cleared from inside its class, a static event in a static class with custom accessors counting subscribers, instance methods of several objects subscribed to one static event and detached individually, and static methods as handlers.
using System;
using System.Collections.Generic;
class Connection {
    static int nextId = 1;
    public static event Action<Connection, string> StateChanged;
    public static event EventHandler AllClosed;
    static int open;
    public int Id { get; }
    public Connection() { Id = nextId++; }
    public void Open() { open++; Raise(this, "open"); }
    public void Close() {
        open--;
        Raise(this, "closed");
        if (open == 0) AllClosed?.Invoke(null, EventArgs.Empty);
    }
    static void Raise(Connection c, string state) {
        var h = StateChanged;
        if (h != null) h(c, state);
    }
    public static void Reset() { StateChanged = null; nextId = 1; }
}
static class Bus {
    static Action<string> listeners;
    public static int Subscribers { get; private set; }
    public static event Action<string> Message {
        add { listeners += value; Subscribers++; }
        remove { listeners -= value; Subscribers--; }
    }
    public static void Publish(string m) {
        if (listeners == null) { Console.WriteLine("(nobody heard " + m + ")"); return; }
        listeners(m);
    }
}
class Monitor2 {
    readonly string name;
    public List<string> Seen = new List<string>();
    public Monitor2(string name) { this.name = name; Connection.StateChanged += OnState; }
    void OnState(Connection c, string s) { Seen.Add(name + ":" + c.Id + s); }
    public void Detach() { Connection.StateChanged -= OnState; }
}
class Program {
    static int closedEvents;
    static void OnAllClosed(object sender, EventArgs e) { closedEvents++; Console.WriteLine("all connections closed (sender null: " + (sender == null) + ")"); }
    static void Echo(string m) { Console.WriteLine("echo " + m); }
    static void Main() {
        var m1 = new Monitor2("m1");
        var m2 = new Monitor2("m2");
        Connection.AllClosed += OnAllClosed;
        var a = new Connection();
        var b = new Connection();
        a.Open();
        b.Open();
        m2.Detach();
        a.Close();
        b.Close();
        Console.WriteLine(string.Join(" ", m1.Seen));
        Console.WriteLine(string.Join(" ", m2.Seen));
        Connection.Reset();
        var c = new Connection();
        c.Open();
        c.Close();
        Console.WriteLine("m1 saw " + m1.Seen.Count + ", closed events " + closedEvents + ", new id " + c.Id);
        Bus.Publish("first");
        Bus.Message += Echo;
        Action<string> shout = m => Console.WriteLine(m.ToUpper() + "!");
        Bus.Message += shout;
        Console.WriteLine("subscribers " + Bus.Subscribers);
        Bus.Publish("second");
        Bus.Message -= Echo;
        Bus.Publish("third");
        Bus.Message -= shout;
        Bus.Publish("fourth");
        Console.WriteLine("subscribers " + Bus.Subscribers);
        // expect: all connections closed (sender null: True)
        // expect: m1:1open m1:2open m1:1closed m1:2closed
        // expect: m2:1open m2:2open
        // expect: all connections closed (sender null: True)
        // expect: m1 saw 4, closed events 2, new id 1
        // expect: (nobody heard first)
        // expect: subscribers 2
        // expect: echo second
        // expect: SECOND!
        // expect: THIRD!
        // expect: (nobody heard fourth)
        // expect: subscribers 0
    }
}
