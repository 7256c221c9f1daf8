// ??= on nullable value types: `int r = n ??= 5` has the underlying type, a lazily computed cache field, nullable struct and enum targets, a nullable array element, and the right side evaluated once and only when the target has no value.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

enum Level { Low, High }
struct Size { public int W, H; public Size(int w, int h) { W = w; H = h; } public override string ToString() => W + "x" + H; }

class Cache
{
    int? squareSum;
    int computed;
    public int SquareSum(int n)
    {
        return squareSum ??= Compute(n);
    }
    int Compute(int n)
    {
        computed++;
        int s = 0;
        for (int i = 1; i <= n; i++) s += i * i;
        return s;
    }
    public int Computed => computed;
}

class Program
{
    static int Next(ref int counter) { counter++; return counter * 10; }

    static void Main()
    {
        int? n = null;
        int r = n ??= 5;
        Console.WriteLine($"{r} {n}");
        r = n ??= 7;
        Console.WriteLine($"{r} {n}");

        var cache = new Cache();
        Console.WriteLine(cache.SquareSum(4) + " " + cache.SquareSum(100) + " computed " + cache.Computed);

        int counter = 0;
        int?[] slots = { 1, null, 3, null };
        for (int i = 0; i < slots.Length; i++)
            slots[i] ??= Next(ref counter);
        Console.WriteLine(string.Join(",", slots) + " counter=" + counter);

        Size? size = null;
        Size s = size ??= new Size(2, 3);
        Console.WriteLine(s + " " + size.HasValue);

        Level? level = null;
        level ??= Level.High;
        level ??= Level.Low;
        Console.WriteLine(level);

        double? d = 0.0;
        d ??= 9.5;
        Console.WriteLine(d);

        long? big = null;
        long total = (big ??= int.MaxValue) + 1;
        Console.WriteLine(total);
    }
}
// expect: 5 5
// expect: 5 5
// expect: 30 30 computed 1
// expect: 1,10,3,20 counter=2
// expect: 2x3 True
// expect: High
// expect: 0
// expect: 2147483648
