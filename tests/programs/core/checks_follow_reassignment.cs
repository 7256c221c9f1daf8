// The JIT drops a null or bounds check that an earlier check of the same value (or of the
// same index of the same array) decides, and loads an array's length once per straight run
// of code. Each loop below runs long enough to move to optimised code mid-call, then gives a
// variable another array or null: the checks after that must see the new value.
using System;

static class Program
{
    static int SwitchArrays(int[] a, int[] b, int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            s += a[i % a.Length] + a.Length;
            if (i == n - 10) a = b;
        }
        return s;
    }

    static int BecomesNull(int[] a, int n)
    {
        int s = 0;
        try
        {
            for (int i = 0; i < n; i++)
            {
                s += a[1];
                if (i == n - 5) a = null;
            }
        }
        catch (NullReferenceException)
        {
            return -s;
        }
        return s;
    }

    static int NewEachTime(int n)
    {
        int[] a = new int[10];
        int t = 0;
        for (int i = 0; i < n; i++)
        {
            t += a.Length;
            a = new int[i % 3 + 1];
            t += a.Length;
            a[a.Length - 1] = i;
            t += a[a.Length - 1] & 1;
        }
        return t;
    }

    static int OutOfRangeAfterSwitch(int[] a, int[] b, int n)
    {
        int s = 0;
        try
        {
            for (int i = 0; i < n; i++)
            {
                s += a[3];
                if (i == n / 2) a = b;
            }
        }
        catch (IndexOutOfRangeException)
        {
            return -s;
        }
        return s;
    }

    static int SameIndexOtherArray(int[] a, int[] b, int n)
    {
        int s = 0;
        try
        {
            for (int i = 0; i < n; i++)
            {
                int j = i % 5;
                int t = a[j];
                if (i == n - 3) a = b;
                a[j] = t;
                s += a[j] + a[j - j / 2];
            }
        }
        catch (IndexOutOfRangeException)
        {
            return -s;
        }
        return s;
    }

    // In a continuation the loop below runs without checks once its entry has tested that
    // `a` is not null and `n <= a.Length`; a call where that fails goes on in quick code,
    // which throws where the checked loop would.
    static long SumTo(int[] a, int n, int from)
    {
        long s = 0;
        try
        {
            for (int i = 0; i < n; i++)
            {
                if (i >= from) s += a[i];
            }
        }
        catch (IndexOutOfRangeException)
        {
            return -s;
        }
        catch (NullReferenceException)
        {
            return -1 - s;
        }
        return s;
    }

    static void Main()
    {
        int[] big = new int[100], small = new int[3];
        for (int i = 0; i < big.Length; i++) big[i] = i;
        for (int i = 0; i < small.Length; i++) small[i] = 1000 + i;
        Console.WriteLine(SwitchArrays(big, small, 100000)); // expect: 14957281
        Console.WriteLine(BecomesNull(big, 100000)); // expect: -99996
        Console.WriteLine(NewEachTime(100000)); // expect: 450007
        Console.WriteLine(OutOfRangeAfterSwitch(big, small, 100000)); // expect: -150003
        Console.WriteLine(SameIndexOtherArray(big, small, 100000)); // expect: -320989
        int[] counts = new int[5000];
        for (int i = 0; i < counts.Length; i++) counts[i] = i;
        Console.WriteLine(SumTo(counts, 5000, 0)); // expect: 12497500
        Console.WriteLine(SumTo(counts, 6000, 0)); // expect: -12497500
        Console.WriteLine(SumTo(null, 3000, 2000)); // expect: -1
        Console.WriteLine(SumTo(counts, 4000, 10)); // expect: 7997955
        Console.WriteLine(SumTo(counts, 5001, 4990)); // expect: -49945
    }
}
