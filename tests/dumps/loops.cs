// The printed phases of a small program: tokens, syntax tree, bound tree
// and CIL. A change to any phase shows up here as a reviewable diff.
using System;

class Program
{
    static int SumOdd(int n)
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 2 == 0) continue;
            total += i;
        }
        return total;
    }

    static void Main()
    {
        long big = SumOdd(10) * 3L;
        bool ok = big > 50 && big != 60;
        Console.WriteLine("sum = " + big + (ok ? " ok" : " no"));
    }
}
