// Nested lambdas: a lambda returning a lambda that captures variables of both levels, currying, function composition, and inner lambdas mutating outer captured state.
using System;

class Program
{
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g)
    {
        return x => f(g(x));
    }

    static Func<string, string> ComposeAll(Func<string, string>[] fs)
    {
        Func<string, string> result = s => s;
        foreach (var f in fs)
        {
            Func<string, string> prev = result;
            result = s => f(prev(s));
        }
        return result;
    }

    static void Main()
    {
        Func<int, Func<int, Func<int, int>>> add3 = a => b => c => a * 100 + b * 10 + c;
        Console.WriteLine(add3(1)(2)(3));
        Func<int, Func<int, int>> partial = add3(9);
        Func<int, int> partial2 = partial(8);
        Console.WriteLine(partial2(7) + " " + partial(0)(0));

        // a lambda returning a lambda capturing both its own local and the outer local
        int baseValue = 1000;
        Func<int, Func<int, int>> maker = n =>
        {
            int local = n * 2;
            return x => baseValue + local + x;
        };
        Func<int, int> m5 = maker(5);
        Func<int, int> m7 = maker(7);
        baseValue = 2000;
        Console.WriteLine(m5(1) + " " + m7(1));

        // compose
        Func<int, int> inc = x => x + 1;
        Func<int, int> dbl = x => x * 2;
        Console.WriteLine(Compose(inc, dbl)(5) + " " + Compose(dbl, inc)(5));
        Func<int, int> quad = Compose(dbl, dbl);
        Console.WriteLine(Compose(quad, Compose(inc, quad))(1));

        // composing a chain built in a loop
        var pipeline = ComposeAll(new Func<string, string>[] { s => s + "a", s => "<" + s + ">", s => s.ToUpper() });
        Console.WriteLine(pipeline("x"));

        // inner lambda mutates a variable of the outer lambda and of Main
        int calls = 0;
        Func<Func<int>> makeTicker = () =>
        {
            int ticks = 0;
            return () => { calls++; return ++ticks; };
        };
        Func<int> t1 = makeTicker();
        Func<int> t2 = makeTicker();
        t1(); t1(); t2();
        Console.WriteLine(t1() + " " + t2() + " " + calls);

        // three levels, each level has a parameter and a local
        Func<int, Func<int, Func<int, string>>> deep = p =>
        {
            int lp = p + 1;
            return q =>
            {
                int lq = q + lp;
                return r => p + "," + lp + "," + q + "," + lq + "," + r;
            };
        };
        Console.WriteLine(deep(1)(2)(3));

        // a curried function applied twice keeps separate partial states
        Func<string, Func<string, string>> wrap = open => text => open + text + open;
        Func<string, string> star = wrap("*");
        Func<string, string> bar = wrap("|");
        Console.WriteLine(star("a") + bar("b") + star(bar("c")));
    }
}
// expect: 123
// expect: 987 900
// expect: 2011 2015
// expect: 11 12
// expect: 20
// expect: <XA>
// expect: 3 2 5
// expect: 1,2,2,4,3
// expect: *a*|b|*|c|*
