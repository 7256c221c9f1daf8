// Higher-order lambdas: generic Compose/AndThen, Curry/Uncurry, partial application, Flip, a pipeline folded from a list of Func<int, int>, and repeated application.
using System;
using System.Collections.Generic;
static class F {
    public static Func<A, C> Compose<A, B, C>(Func<B, C> g, Func<A, B> f) { return x => g(f(x)); }
    public static Func<A, C> AndThen<A, B, C>(this Func<A, B> f, Func<B, C> g) { return x => g(f(x)); }
    public static Func<A, Func<B, R>> Curry<A, B, R>(Func<A, B, R> f) { return a => b => f(a, b); }
    public static Func<A, B, R> Uncurry<A, B, R>(Func<A, Func<B, R>> f) { return (a, b) => f(a)(b); }
    public static Func<B, R> Partial<A, B, R>(Func<A, B, R> f, A a) { return b => f(a, b); }
    public static Func<B, A, R> Flip<A, B, R>(Func<A, B, R> f) { return (b, a) => f(a, b); }
    public static Func<T, T> Repeat<T>(Func<T, T> f, int times) {
        return x => { for (int i = 0; i < times; i++) x = f(x); return x; };
    }
    public static Func<T, T> Pipeline<T>(List<Func<T, T>> stages) {
        Func<T, T> all = x => x;
        foreach (var s in stages) all = all.AndThen(s);
        return all;
    }
}
class Program {
    static int Square(int x) { return x * x; }
    static void Main() {
        Func<int, int> inc = x => x + 1;
        Func<int, string> show = x => "<" + x + ">";
        // expect: <26>
        var squareThenShow = F.Compose(show, F.Compose(inc, (Func<int, int>)Square));
        Console.WriteLine(squareThenShow(5));
        // expect: 36
        var incThenSquare = inc.AndThen(Square);
        Console.WriteLine(incThenSquare(5));
        // expect: 4 chars
        Func<string, int> len = s => s.Length;
        var describe = len.AndThen(n => n + " chars");
        Console.WriteLine(describe("abcd"));
        // expect: 2^10=1024
        Func<int, int, int> pow = (b, e) => { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; };
        var cpow = F.Curry(pow);
        var twoTo = cpow(2);
        Console.WriteLine("2^10=" + twoTo(10));
        // expect: 243 125
        var upow = F.Uncurry(cpow);
        var flipped = F.Flip(pow);
        Console.WriteLine(upow(3, 5) + " " + flipped(3, 5));
        // expect: Hello, Ada! Hello, Bob!
        Func<string, string, string> greet = (g, n) => g + ", " + n + "!";
        var hello = F.Partial(greet, "Hello");
        Console.WriteLine(hello("Ada") + " " + hello("Bob"));
        // expect: 1024
        var doubler = F.Repeat<int>(x => x * 2, 10);
        Console.WriteLine(doubler(1));
        // expect: abababab
        Console.WriteLine(F.Repeat<string>(s => s + s, 2)("ab"));
        // expect: 15
        var stages = new List<Func<int, int>> { x => x + 2, x => x * 3, x => x - 6 };
        Console.WriteLine(F.Pipeline(stages)(5));
        // expect: 9 -> 27 -> 9
        int start = 9;
        Func<int, int> fwd = F.Pipeline(stages);
        stages.Reverse(); // fwd was built from the old order and is unaffected
        Func<int, int> back = F.Pipeline(new List<Func<int, int>> { x => x + 6, x => x / 3, x => x - 2 });
        Console.WriteLine(start + " -> " + fwd(start) + " -> " + back(fwd(start)));
        // expect: 7
        Func<Func<int, int>, Func<int, int>> twice = f => x => f(f(x));
        Console.WriteLine(twice(twice(inc))(3));
    }
}
