// Closures: counters and accumulators returned from methods keep their captured state after the method returns; each call makes independent state; two lambdas from one call share it.
using System;

class Program
{
    static Func<int> MakeCounter(int start, int step)
    {
        int count = start;
        return () => { count += step; return count; };
    }

    static Func<int, int> MakeAccumulator()
    {
        int sum = 0;
        return x => sum += x;
    }

    static void MakePair(out Action inc, out Func<int> get)
    {
        int shared = 0;
        inc = () => shared++;
        get = () => shared;
    }

    static Func<string, string> MakeLog()
    {
        string log = "";
        int n = 0;
        return s => { n++; log = log + n + ":" + s + ";"; return log; };
    }

    static Func<double> MakeAverager(Action<double>[] addOut)
    {
        double total = 0;
        int count = 0;
        addOut[0] = v => { total += v; count++; };
        return () => count == 0 ? 0 : total / count;
    }

    static void Main()
    {
        Func<int> a = MakeCounter(0, 1);
        Func<int> b = MakeCounter(100, 10);
        Console.WriteLine(a());
        Console.WriteLine(a());
        Console.WriteLine(b());
        Console.WriteLine(a());
        Console.WriteLine(b());

        Func<int, int> acc = MakeAccumulator();
        acc(5);
        acc(7);
        Console.WriteLine(acc(30));
        Func<int, int> acc2 = MakeAccumulator();
        Console.WriteLine(acc2(1));

        Action inc;
        Func<int> get;
        MakePair(out inc, out get);
        inc(); inc(); inc();
        Console.WriteLine(get());

        Func<string, string> log = MakeLog();
        log("a");
        log("b");
        Console.WriteLine(log("c"));

        Action<double>[] adder = new Action<double>[1];
        Func<double> avg = MakeAverager(adder);
        Console.WriteLine(avg());
        adder[0](2);
        adder[0](3);
        adder[0](7);
        Console.WriteLine(avg());

        Func<int>[] counters = new Func<int>[3];
        for (int i = 0; i < 3; i++) counters[i] = MakeCounter(i * 1000, i + 1);
        for (int round = 0; round < 2; round++)
            Console.WriteLine(counters[0]() + " " + counters[1]() + " " + counters[2]());
    }
}
// expect: 1
// expect: 2
// expect: 110
// expect: 3
// expect: 120
// expect: 42
// expect: 1
// expect: 3
// expect: 1:a;2:b;3:c;
// expect: 0
// expect: 4
// expect: 1 1002 2003
// expect: 2 1004 2006
