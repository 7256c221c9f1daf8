// Delegates from static and instance methods: method group conversion, `new D(M)`, `d(args)` and `d.Invoke(args)`, and Target.
using System;

delegate int Transform(int x);
delegate void Report(string text);
delegate string Describe();

class Counter
{
    private int step;
    private string name;
    public int Total;

    public Counter(string name, int step)
    {
        this.name = name;
        this.step = step;
    }

    public int Advance(int times)
    {
        Total += step * times;
        return Total;
    }

    public string Show() { return name + "=" + Total; }

    public override string ToString() { return "Counter(" + name + ")"; }
}

class Program
{
    static int Square(int x) { return x * x; }
    static int Negate(int x) { return -x; }
    static void Print(string text) { Console.WriteLine("[" + text + "]"); }

    static void Main()
    {
        Transform sq = Square;
        Transform neg = new Transform(Negate);
        Console.WriteLine(sq(7)); // expect: 49
        Console.WriteLine(neg.Invoke(12)); // expect: -12
        Console.WriteLine(sq(neg(3))); // expect: 9

        Report r = Print;
        r("static");                                // expect: [static]
        r.Invoke("invoked");                        // expect: [invoked]

        Counter c = new Counter("c", 5);
        Transform adv = c.Advance;
        Console.WriteLine(adv(2)); // expect: 10
        Console.WriteLine(adv.Invoke(1)); // expect: 15
        Console.WriteLine(c.Total); // expect: 15

        Describe show = new Describe(c.Show);
        Console.WriteLine(show()); // expect: c=15
        c.Advance(1);
        Console.WriteLine(show()); // expect: c=20

        Console.WriteLine(sq.Target == null); // expect: True
        Console.WriteLine(adv.Target); // expect: Counter(c)
        Console.WriteLine(adv.Target == c); // expect: True

        Transform again = sq;
        sq = neg;
        Console.WriteLine(again(4) + " " + sq(4)); // expect: 16 -4
    }
}
