// Closures capturing method parameters: reading them after the method returns, modifying a captured parameter inside the lambda and seeing it in the method, and lambda parameters captured by inner lambdas.
using System;
using System.Collections.Generic;

class Program
{
    static Func<int> Scaled(int value, int factor)
    {
        return () => value * factor;
    }

    static int DoubleThrough(int x)
    {
        Action twice = () => x *= 2;
        twice();
        twice();
        return x;
    }

    static string Describe(string name, int age)
    {
        Func<string> d = () => name + " is " + age;
        string first = d();
        age++;
        name = name.ToUpper();
        return first + "; " + d();
    }

    static Action MakeAppender(List<string> target, string prefix)
    {
        return () => { target.Add(prefix + target.Count); prefix = prefix + "+"; };
    }

    static int SumWith(int[] values, int offset)
    {
        int total = 0;
        Action<int> add = v => total += v + offset;
        foreach (int v in values)
        {
            add(v);
            offset++;
        }
        return total;
    }

    static Func<int> Countdown(int from)
    {
        return () => from > 0 ? from-- : 0;
    }

    static string Params(params int[] xs)
    {
        Func<int> len = () => xs.Length;
        xs = new int[] { 1, 2, 3, 4, 5 };
        return "len " + len();
    }

    static void Main()
    {
        Func<int> s = Scaled(6, 7);
        Console.WriteLine(s());
        Console.WriteLine(DoubleThrough(5));
        Console.WriteLine(Describe("ann", 30));

        var list = new List<string>();
        Action app = MakeAppender(list, "p");
        app(); app(); app();
        Console.WriteLine(string.Join(",", list.ToArray()));

        Console.WriteLine(SumWith(new[] { 1, 2, 3 }, 10));

        Func<int> cd = Countdown(3);
        Console.WriteLine(cd() + " " + cd() + " " + cd() + " " + cd());

        Console.WriteLine(Params(9, 9));

        // a lambda parameter captured by an inner lambda
        Func<int, Func<int>> holder = p => () => p * p;
        Console.WriteLine(holder(12)());

        // a lambda parameter modified through an inner lambda
        Func<int, int> viaInner = p =>
        {
            Action grow = () => p += 100;
            grow();
            return p;
        };
        Console.WriteLine(viaInner(1));

        // anonymous method parameter captured
        Func<string, Func<string>> echo = delegate (string msg) { return () => msg + msg; };
        Console.WriteLine(echo("ab")());
    }
}
// expect: 42
// expect: 20
// expect: ann is 30; ANN is 31
// expect: p0,p+1,p++2
// expect: 39
// expect: 3 2 1 0
// expect: len 5
// expect: 144
// expect: 101
// expect: abab
