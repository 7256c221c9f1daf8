// new D(d): a delegate made from another (of the same or another delegate type) calls what d calls, its whole invocation list.
using System;
class P {
    static void Main() {
        Action a = () => Console.WriteLine("a");
        // expect: a
        // expect: a2
        // expect: handled True
        // expect: 49
        a += () => Console.WriteLine("a2");
        Action b = new Action(a); b();
        EventHandler<EventArgs> h = (s, e) => Console.WriteLine("handled " + (s == null));
        EventHandler<EventArgs> h2 = new EventHandler<EventArgs>(h);
        h2(null, EventArgs.Empty);
        Func<int, int> sq = x => x * x;
        Converter<int, int> c = new Converter<int, int>(sq);
        Console.WriteLine(c(7));
    }
}
