// Nullable<T> in generic code: T? with where T : struct, generic methods returning T?, default(T?), and typeof names of nullable types.
using System;

struct Meters
{
    public double V;
    public Meters(double v) { V = v; }
    public override string ToString() { return V + "m"; }
}

class Program
{
    static T? Find<T>(T[] xs, T target) where T : struct
    {
        foreach (T x in xs) if (x.Equals(target)) return x;
        return null;
    }

    static T OrDefault<T>(T? x, T fallback) where T : struct { return x.HasValue ? x.Value : fallback; }
    static string Show<T>(T? x) where T : struct { return x.HasValue ? "has " + x.Value : "none"; }
    static T? Empty<T>() where T : struct { return default(T?); }
    static Nullable<T> Wrap<T>(T x) where T : struct { return new Nullable<T>(x); }
    static string TypeOf<T>() { return typeof(T).ToString(); }

    static void Main()
    {
        int[] xs = { 3, 5, 7 };
        Console.WriteLine(Show(Find(xs, 5))); // expect: has 5
        Console.WriteLine(Show(Find(xs, 4))); // expect: none
        Console.WriteLine(OrDefault(Find(xs, 4), -1)); // expect: -1
        Console.WriteLine(Show(Empty<double>())); // expect: none
        Console.WriteLine(Show(Wrap(new Meters(2.5)))); // expect: has 2.5m
        Console.WriteLine(Show<Meters>(null)); // expect: none
        Console.WriteLine(Show(Wrap('z'))); // expect: has z
        Console.WriteLine(typeof(int?)); // expect: System.Nullable`1[System.Int32]
        Console.WriteLine(typeof(int?).Name); // expect: Nullable`1
        Console.WriteLine(typeof(Meters?)); // expect: System.Nullable`1[Meters]
        Console.WriteLine(TypeOf<double?>()); // expect: System.Nullable`1[System.Double]
        Console.WriteLine(typeof(Nullable<long>) == typeof(long?)); // expect: True
        Nullable<int> explicitly = 4;
        int? sugar = explicitly;
        Console.WriteLine(sugar + 1); // expect: 5
        Meters?[] arr = new Meters?[2];
        arr[0] = new Meters(1);
        Console.WriteLine(Show(arr[0]) + ", " + Show(arr[1])); // expect: has 1m, none
    }
}
