// Every method here is first called through its entry stub, which must hand the call on with
// all its arguments: integers and floating-point values past the registers, a struct
// returned through a buffer, `this` of a struct, a generic instantiation, a delegate's method
// and a callee that recurses before it has finished compiling.
using System;

struct Big
{
    public long A, B, C;
    public Big(long a, long b, long c) { A = a; B = b; C = c; }
    public long Sum(long k) { return A + B * k + C * k * k; }
}

static class EntryStubArguments
{
    static long Ints(int a, int b, int c, int d, int e, int f, int g, int h, long i)
    {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
    }

    static double Mixed(double a, int b, float c, long d, double e, double f, double g, double h,
                        double i, double j, double k, int l, double m)
    {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + m * 13;
    }

    static Big Make(long x, double scale)
    {
        return new Big(x, (long)(x * scale), x * x);
    }

    static T Pick<T>(bool first, T a, T b)
    {
        return first ? a : b;
    }

    static int Depth(int n)
    {
        return n == 0 ? 0 : 1 + Depth(n - 1);
    }

    static string Describe(int n, double d, string s)
    {
        return s + ":" + n + ":" + d;
    }

    static void Main()
    {
        Console.WriteLine(Ints(1, 2, 3, 4, 5, 6, 7, 8, 9));
        Console.WriteLine(Mixed(0.5, 1, 1.5f, 2, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9, 10.5));
        Big b = Make(7, 1.5);
        Console.WriteLine(b.A + " " + b.B + " " + b.C);
        Console.WriteLine(b.Sum(3));
        Console.WriteLine(Pick(true, "left", "right") + " " + Pick(false, 1.25, 2.5) + " " + Pick(false, 'x', 'y'));
        Console.WriteLine(Depth(50));
        Func<int, double, string, string> f = Describe;
        Console.WriteLine(f(3, 0.25, "d"));
        Func<int, double, string, string> g = Describe;
        Console.WriteLine(f.Equals(g));
        // expect: 285
        // expect: 595.5
        // expect: 7 10 49
        // expect: 478
        // expect: left 2.5 y
        // expect: 50
        // expect: d:3:0.25
        // expect: True
    }
}
