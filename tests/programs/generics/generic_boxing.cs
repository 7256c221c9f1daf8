// Boxing values of type T to object and to interfaces inside generic code, and unboxing back to T; boxed copies are independent of the original.
using System;

interface IBump { void Bump(); int Get(); }

struct Counter : IBump
{
    public int N;
    public void Bump() { N++; }
    public int Get() { return N; }
    public override string ToString() { return "Counter(" + N + ")"; }
}

class Program
{
    static object Box<T>(T x) { return x; }
    static T Unbox<T>(object o) { return (T)o; }
    static IBump AsBump<T>(T x) where T : IBump { return x; }
    static IComparable AsComparable<T>(T x) where T : IComparable { return x; }
    static string Describe<T>(T x)
    {
        object o = x;
        return o.GetType().Name + ":" + o;
    }

    static void Main()
    {
        object o = Box(42);
        Console.WriteLine(o); // expect: 42
        Console.WriteLine(o.GetType()); // expect: System.Int32
        Console.WriteLine(Unbox<int>(o) + 1); // expect: 43
        Console.WriteLine(Describe(3.5)); // expect: Double:3.5
        Console.WriteLine(Describe("s")); // expect: String:s
        Console.WriteLine(Describe(new Counter())); // expect: Counter:Counter(0)
        Counter c = new Counter();
        IBump b = AsBump(c);
        b.Bump();
        b.Bump();
        Console.WriteLine(b.Get() + " " + c.N); // expect: 2 0
        Counter back = Unbox<Counter>(b);
        Console.WriteLine(back); // expect: Counter(2)
        back.Bump();
        Console.WriteLine(b.Get() + " " + back.N); // expect: 2 3
        object boxedC = Box(c);
        ((IBump)boxedC).Bump();
        Console.WriteLine(boxedC); // expect: Counter(1)
        Console.WriteLine(c); // expect: Counter(0)
        IComparable ic = AsComparable(10);
        Console.WriteLine(ic.CompareTo(5) > 0); // expect: True
        Console.WriteLine(AsComparable("b").CompareTo("a") > 0); // expect: True
        object b1 = Box(7), b2 = Box(7);
        Console.WriteLine(b1 == b2); // expect: False
        Console.WriteLine(b1.Equals(b2)); // expect: True
        object bs = Box(DayOfWeek.Monday);
        Console.WriteLine(bs + " " + bs.GetType().Name); // expect: Monday DayOfWeek
        Console.WriteLine((int)Unbox<DayOfWeek>(bs)); // expect: 1
    }
}
