// A lambda that captures nothing is made once and cached (the same delegate each time); lambdas using this or statics.
using System;
class P {
    int k = 2;
    static int Sq(int x) => x * x;
    int Scale(int x) { Func<int, int> f = y => y * k; return f(x); }
    static void Main() {
        Func<int, int> a = null;
        // expect: True
        // expect: hello
        // expect: 16 10
        for (int i = 0; i < 2; i++) { Func<int, int> f = x => x + 1; if (a != null) Console.WriteLine(ReferenceEquals(a, f)); a = f; }
        Action<string> w = s => Console.WriteLine(s);
        w("hello");
        Func<int, int> g = x => Sq(x);
        Console.WriteLine(g(4) + " " + new P().Scale(5));

    }
}
