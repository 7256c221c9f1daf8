// A generic struct implementing IEquatable<T> over itself (Pair<A,B> : IEquatable<Pair<A,B>>), with Equals overrides and == operators.
using System;

struct Pair<A, B> : IEquatable<Pair<A, B>>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public bool Equals(Pair<A, B> o) { return object.Equals(First, o.First) && object.Equals(Second, o.Second); }
    public override bool Equals(object o) { return o is Pair<A, B> && Equals((Pair<A, B>)o); }
    public override int GetHashCode() { return 0; }
    public static bool operator ==(Pair<A, B> x, Pair<A, B> y) { return x.Equals(y); }
    public static bool operator !=(Pair<A, B> x, Pair<A, B> y) { return !x.Equals(y); }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}

class Program
{
    static bool Same<T>(T a, T b) where T : IEquatable<T> { return a.Equals(b); }
    static int Find<T>(T[] xs, T x) where T : IEquatable<T>
    {
        for (int i = 0; i < xs.Length; i++) if (xs[i].Equals(x)) return i;
        return -1;
    }

    static void Main()
    {
        Pair<int, string> a = new Pair<int, string>(1, "x");
        Pair<int, string> b = new Pair<int, string>(1, "x");
        Pair<int, string> c = new Pair<int, string>(2, "x");
        Console.WriteLine(a.Equals(b)); // expect: True
        Console.WriteLine(a == b); // expect: True
        Console.WriteLine(a != c); // expect: True
        Console.WriteLine(a.Equals((object)b)); // expect: True
        Console.WriteLine(a.Equals((object)"x")); // expect: False
        Console.WriteLine(Same(a, c)); // expect: False
        Console.WriteLine(Same(a, b)); // expect: True
        Console.WriteLine(Same(5, 5)); // expect: True
        Console.WriteLine(Same("p", "q")); // expect: False
        Pair<int, string>[] arr = { c, a, b };
        Console.WriteLine(Find(arr, b)); // expect: 1
        Console.WriteLine(Find(arr, new Pair<int, string>(3, null))); // expect: -1
        Pair<string, Pair<int, int>> n1 = new Pair<string, Pair<int, int>>("n", new Pair<int, int>(1, 2));
        Pair<string, Pair<int, int>> n2 = new Pair<string, Pair<int, int>>("n", new Pair<int, int>(1, 2));
        Console.WriteLine(n1 == n2); // expect: True
        Console.WriteLine(n1); // expect: (n, (1, 2))
        n2.Second.Second = 3;
        Console.WriteLine(n1 == n2); // expect: False
        object boxed = a;
        Console.WriteLine(boxed.Equals(b)); // expect: True
        IEquatable<Pair<int, string>> eq = a;
        Console.WriteLine(eq.Equals(c)); // expect: False
        Console.WriteLine(new Pair<string, string>(null, null) == default(Pair<string, string>)); // expect: True
    }
}
