// Generic method calls in a hot loop: Max<T> with `where T :
// IComparable<T>` (a constrained call per comparison) on int, double and
// a struct, and a generic accumulator Sum<T, TOp> whose operation is a
// struct type argument (each instantiation compiled on its own, as
// CoreCLR does for value types). Prints the results.
using System;

interface IAdd<T> { T Add(T a, T b); T Zero { get; } }

struct IntAdd : IAdd<int> { public int Add(int a, int b) { return a + b; } public int Zero { get { return 0; } } }

struct DoubleAdd : IAdd<double> { public double Add(double a, double b) { return a + b; } public double Zero { get { return 0.0; } } }

struct Money : IComparable<Money>
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public int CompareTo(Money other) { return Cents.CompareTo(other.Cents); }
}

static class GenericsBench
{
    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }

    static T Sum<T, TOp>(T[] xs, TOp op) where TOp : struct, IAdd<T>
    {
        T acc = op.Zero;
        for (int i = 0; i < xs.Length; i++) acc = op.Add(acc, xs[i]);
        return acc;
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 20000000;
        int mi = int.MinValue;
        double md = double.MinValue;
        Money mm = new Money(long.MinValue);
        uint seed = 1;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1664525 + 1013904223;
            int v = (int)(seed >> 8);
            mi = Max(mi, v);
            md = Max(md, v * 0.5);
            mm = Max(mm, new Money(v % 100000));
        }
        int[] ints = new int[1000];
        double[] doubles = new double[1000];
        for (int i = 0; i < 1000; i++) { ints[i] = i; doubles[i] = i * 0.25; }
        long total = 0;
        double dtotal = 0;
        for (int r = 0; r < n / 1000; r++)
        {
            total += Sum(ints, new IntAdd());
            dtotal += Sum(doubles, new DoubleAdd());
        }
        Console.WriteLine(mi + " " + md + " " + mm.Cents);
        Console.WriteLine(total + " " + dtotal);
        return 0;
    }
}
