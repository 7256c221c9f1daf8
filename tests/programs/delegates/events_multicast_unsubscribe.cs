// Event multicast semantics: handlers run in subscription order, a handler added twice runs twice and -= removes its last occurrence, unsubscribing (itself or another handler) inside a handler does not affect the invocation already in progress but does the next one, subscribing inside a handler takes effect next time, a one-shot handler, and an exception in one handler stopping the rest.
using System;
using System.Collections.Generic;
class Publisher {
    public event EventHandler<string> Fired;
    public void Fire(string tag) {
        Console.WriteLine("fire " + tag + " (" + Count + " handlers)");
        Fired?.Invoke(this, tag);
    }
    public int Count { get { return Fired == null ? 0 : Fired.GetInvocationList().Length; } }
}
class Program {
    static Publisher pub = new Publisher();
    static List<string> order = new List<string>();
    static void A(object s, string t) { Console.WriteLine("  A " + t); }
    static void B(object s, string t) { Console.WriteLine("  B " + t); }
    static void C(object s, string t) { Console.WriteLine("  C " + t); }
    static void RemoveB(object s, string t) {
        Console.WriteLine("  RemoveB " + t);
        pub.Fired -= B;
    }
    static void SelfRemoving(object s, string t) {
        Console.WriteLine("  SelfRemoving " + t);
        pub.Fired -= SelfRemoving;
    }
    static void AddsC(object s, string t) {
        Console.WriteLine("  AddsC " + t);
        pub.Fired -= AddsC;
        pub.Fired += C;
    }
    static void Main() {
        pub.Fired += A;
        pub.Fired += B;
        pub.Fired += A;
        pub.Fire("1");
        pub.Fired -= A;
        pub.Fire("2");
        pub.Fired -= A;
        pub.Fired += SelfRemoving;
        pub.Fired += RemoveB;
        pub.Fired += B;
        pub.Fire("3");
        pub.Fire("4");
        pub.Fired += AddsC;
        pub.Fire("5");
        pub.Fire("6");
        EventHandler<string> once = null;
        once = (s, t) => { Console.WriteLine("  once " + t); pub.Fired -= once; };
        pub.Fired += once;
        pub.Fire("7");
        pub.Fire("8");
        pub.Fired += (s, t) => { throw new InvalidOperationException("handler failed on " + t); };
        pub.Fired += A;
        try { pub.Fire("9"); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
        var p2 = new Publisher();
        for (int i = 0; i < 4; i++) {
            int n = i;
            p2.Fired += (s, t) => order.Add(t + n);
        }
        p2.Fire("x");
        Console.WriteLine(string.Join(",", order));
        // expect: fire 1 (3 handlers)
        // expect:   A 1
        // expect:   B 1
        // expect:   A 1
        // expect: fire 2 (2 handlers)
        // expect:   A 2
        // expect:   B 2
        // expect: fire 3 (4 handlers)
        // expect:   B 3
        // expect:   SelfRemoving 3
        // expect:   RemoveB 3
        // expect:   B 3
        // expect: fire 4 (2 handlers)
        // expect:   B 4
        // expect:   RemoveB 4
        // expect: fire 5 (2 handlers)
        // expect:   RemoveB 5
        // expect:   AddsC 5
        // expect: fire 6 (2 handlers)
        // expect:   RemoveB 6
        // expect:   C 6
        // expect: fire 7 (3 handlers)
        // expect:   RemoveB 7
        // expect:   C 7
        // expect:   once 7
        // expect: fire 8 (2 handlers)
        // expect:   RemoveB 8
        // expect:   C 8
        // expect: fire 9 (4 handlers)
        // expect:   RemoveB 9
        // expect:   C 9
        // expect: caught: handler failed on 9
        // expect: fire x (4 handlers)
        // expect: x0,x1,x2,x3
    }
}
