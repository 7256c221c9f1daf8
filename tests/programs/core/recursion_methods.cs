// Recursive static methods: factorial, power, Hanoi move count, digit sum, binary search.
using System;

class Program
{
    static long Fact(int n) => n == 0 ? 1 : n * Fact(n - 1);

    static double Power(double b, int e)
    {
        if (e == 0) return 1;
        if (e < 0) return 1 / Power(b, -e);
        double half = Power(b, e / 2);
        return e % 2 == 0 ? half * half : half * half * b;
    }

    static int Hanoi(int n, char from, char to, char via)
    {
        if (n == 0) return 0;
        return Hanoi(n - 1, from, via, to) + 1 + Hanoi(n - 1, via, to, from);
    }

    static int DigitSum(long n) => n < 10 ? (int)n : (int)(n % 10) + DigitSum(n / 10);

    static int Find(int[] a, int x, int lo, int hi)
    {
        if (lo > hi) return -1;
        int mid = (lo + hi) / 2;
        if (a[mid] == x) return mid;
        return a[mid] < x ? Find(a, x, mid + 1, hi) : Find(a, x, lo, mid - 1);
    }

    static void Main()
    {
        Console.WriteLine(Fact(15)); // expect: 1307674368000
        Console.WriteLine(Power(2, 10)); // expect: 1024
        Console.WriteLine(Power(2, -2)); // expect: 0.25
        Console.WriteLine(Hanoi(10, 'A', 'C', 'B')); // expect: 1023
        Console.WriteLine(DigitSum(9876543210)); // expect: 45
        int[] sorted = { 1, 3, 5, 7, 9, 11 };
        Console.WriteLine(Find(sorted, 7, 0, sorted.Length - 1)); // expect: 3
        Console.WriteLine(Find(sorted, 4, 0, sorted.Length - 1)); // expect: -1
    }
}
