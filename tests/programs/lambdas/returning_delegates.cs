// Lambdas that return delegates: method groups, `new D(M)`, other lambdas and instance methods through `this`; chosen and invoked in one expression.
using System;
using System.Collections.Generic;

delegate int Op(int x);

class Greeter
{
    private string greeting;
    public Greeter(string g) { greeting = g; }
    public string Greet(string name) { return greeting + ", " + name; }
    public Func<Func<string, string>> Factory() { return () => this.Greet; }
}

class Program
{
    static int Inc(int x) { return x + 1; }
    static int Dec(int x) { return x - 1; }
    static int Neg(int x) { return -x; }

    static Func<int, Op> chooser = n =>
    {
        if (n > 0) return Inc;
        if (n < 0) return new Op(Dec);
        return x => x * 0;
    };

    static void Main()
    {
        Func<Op> getInc = () => Inc;
        Op inc = getInc();
        Console.WriteLine(inc(9)); // expect: 10
        Console.WriteLine(getInc()(99)); // expect: 100

        Console.WriteLine(chooser(1)(5) + " " + chooser(-1)(5) + " " + chooser(0)(5)); // expect: 6 4 0

        Func<Func<int, int>> maker = () => x => x * 10;
        Func<int, int> times10 = maker();
        Console.WriteLine(times10(7)); // expect: 70

        Func<bool, Func<int, int, int>> pickOp = add => add ? (Func<int, int, int>)((a, b) => a + b) : (a, b) => a * b;
        Console.WriteLine(pickOp(true)(6, 7) + " " + pickOp(false)(6, 7)); // expect: 13 42

        Greeter g = new Greeter("Hello");
        Func<Func<string, string>> factory = g.Factory();
        Func<string, string> greet = factory();
        Console.WriteLine(greet("Ada")); // expect: Hello, Ada
        Console.WriteLine(greet.Target == g); // expect: True

        Func<Op, Op> twiceOf = f => delegate (int x) { return x * 2; };
        Console.WriteLine(twiceOf(Neg)(21)); // expect: 42

        Func<Op> combined = () => (Op)Inc + Neg;
        Op both = combined();
        Console.WriteLine(both(3) + " " + both.GetInvocationList().Length); // expect: -3 2

        Dictionary<string, Func<Op>> registry = new Dictionary<string, Func<Op>>();
        registry["inc"] = () => Inc;
        registry["neg"] = () => new Op(Neg);
        Console.WriteLine(registry["inc"]()(1) + registry["neg"]()(1)); // expect: 1

        Op fromMethod = getInc();
        Op direct = Inc;
        Console.WriteLine(fromMethod == direct); // expect: True
        Func<int, int> l1 = x => x;
        Func<int, int> l2 = x => x;
        Console.WriteLine(l1 == l2); // expect: False
    }
}
