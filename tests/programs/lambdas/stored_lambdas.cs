// Lambdas kept in static and instance fields, arrays, List<T> and Dictionary values; recursion through a static field; multicast and exceptions.
using System;
using System.Collections.Generic;

class Pipeline
{
    public List<Func<int, int>> Stages = new List<Func<int, int>>();
    public Func<int, bool> Guard;

    public Pipeline() { Guard = x => x >= 0; }

    public int Run(int input)
    {
        int v = input;
        foreach (Func<int, int> stage in Stages)
        {
            if (!Guard(v)) throw new InvalidOperationException("guard failed at " + v);
            v = stage(v);
        }
        return v;
    }
}

class Program
{
    static Func<int, int> fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
    static Func<int, bool> isEven = n => n == 0 ? true : isOdd(n - 1);
    static Func<int, bool> isOdd = n => n == 0 ? false : isEven(n - 1);
    static string log = "";

    static void Main()
    {
        Console.WriteLine(fib(15)); // expect: 610
        Console.WriteLine(isEven(10) + " " + isOdd(7) + " " + isEven(3)); // expect: True True False

        Pipeline p = new Pipeline();
        p.Stages.Add(x => x + 1);
        p.Stages.Add(x => x * 10);
        p.Stages.Add(x => x - 100);
        Console.WriteLine(p.Run(12)); // expect: 30
        try
        {
            p.Stages.Add(x => x * 2);
            Console.WriteLine(p.Run(5));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: guard failed at -40
        }
        p.Guard = x => true;
        Console.WriteLine(p.Run(5)); // expect: -80

        Func<double, double>[] curves = { x => x, x => x * x, x => 1 / x };
        string row = "";
        foreach (Func<double, double> f in curves) row += f(4) + " ";
        Console.WriteLine(row + "."); // expect: 4 16 0.25 .

        Dictionary<char, Func<int, int, int>> ops = new Dictionary<char, Func<int, int, int>>();
        ops['+'] = (a, b) => a + b;
        ops['%'] = (a, b) => a % b;
        ops['^'] = (a, b) =>
        {
            int r = 1;
            for (int i = 0; i < b; i++) r *= a;
            return r;
        };
        Console.WriteLine(ops['+'](2, 3) + " " + ops['%'](17, 5) + " " + ops['^'](2, 10)); // expect: 5 2 1024

        Action<string> first = s => log += "1" + s;
        Action<string> second = s => log += "2" + s;
        Action<string> all = first + second;
        all += s => log += "3" + s;
        all("x");
        Console.WriteLine(log); // expect: 1x2x3x
        all -= first;
        log = "";
        all("y");
        Console.WriteLine(log); // expect: 2y3y
        all -= s => log += "3" + s;
        Console.WriteLine(all.GetInvocationList().Length); // expect: 2

        Func<int, int> thrower = x =>
        {
            if (x > 2) throw new ArgumentOutOfRangeException("x");
            return x;
        };
        try
        {
            for (int i = 0; i < 5; i++) Console.WriteLine("value " + thrower(i));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("caught " + e.ParamName);
        }
        // expect: value 0
        // expect: value 1
        // expect: value 2
        // expect: caught x
    }
}
