// Bounds checks in loops over an array's indexes: the JIT drops the check of a[i] in
// `for (int i = 0; i < a.Length; i++)`, and must keep every check that can fail: a start
// below zero, an index other than the counter, another array, the array replaced inside the
// loop, a bound other than the array's length.
using System;

class Program
{
    static int Sum(int[] a)
    {
        int s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i];
        return s;
    }

    static void Try(string what, Func<int> f)
    {
        try
        {
            Console.WriteLine(what + ": " + f());
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine(what + ": IndexOutOfRangeException");
        }
    }

    static void Main()
    {
        int[] a = { 1, 2, 3, 4, 5 };
        int[] shorter = { 10, 20 };
        Console.WriteLine(Sum(a) + " " + Sum(new int[0]));
        Try("from -1", () => { int s = 0; for (int i = -1; i < a.Length; i++) s += a[i]; return s; });
        Try("a[i + 1]", () => { int s = 0; for (int i = 0; i < a.Length; i++) s += a[i + 1]; return s; });
        Try("other array", () => { int s = 0; for (int i = 0; i < a.Length; i++) s += shorter[i]; return s; });
        Try("replaced", () =>
        {
            int[] b = a;
            int s = 0;
            for (int i = 0; i < b.Length; i++)
            {
                if (i == 3) b = shorter;
                s += b[i];
            }
            return s;
        });
        Try("bound n", () => { int s = 0; int n = 6; for (int i = 0; i < n; i++) s += a[i]; return s; });
        Try("by two", () => { int s = 0; for (int i = 0; i < a.Length; i += 2) s += a[i]; return s; });
        Try("nested", () =>
        {
            int[][] m = { a, shorter, a };
            int s = 0;
            for (int i = 0; i < m.Length; i++)
                for (int j = 0; j < m[i].Length; j++) s += m[i][j] * (i + 1);
            return s;
        });
        Try("write", () => { int[] c = new int[4]; for (int i = 0; i < c.Length; i++) c[i] = i * i; return c[3]; });
        Try("long array", () => { long s = 0; long[] l = { 1L << 40, 2, 3 }; for (int i = 0; i < l.Length; i++) s += l[i]; return (int)(s >> 20); });
    }
}
// expect: 15 0
// expect: from -1: IndexOutOfRangeException
// expect: a[i + 1]: IndexOutOfRangeException
// expect: other array: IndexOutOfRangeException
// expect: replaced: IndexOutOfRangeException
// expect: bound n: IndexOutOfRangeException
// expect: by two: 9
// expect: nested: 120
// expect: write: 9
// expect: long array: 1048576
