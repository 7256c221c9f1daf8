// GC.Collect() and GC.GetTotalMemory(bool): garbage disappears from the total after a forced
// collection; live data stays counted.
using System;

class Program
{
    static void Main()
    {
        long before = GC.GetTotalMemory(true);
        int[][] big = new int[100][];
        for (int i = 0; i < big.Length; i++)
            big[i] = new int[10000];
        long withData = GC.GetTotalMemory(true);
        Console.WriteLine(withData - before >= 4000000);
        big = null;
        GC.Collect();
        long after = GC.GetTotalMemory(true);
        Console.WriteLine(after - before < 1000000);
        Console.WriteLine(after > 0);
    }
}
// expect: True
// expect: True
// expect: True
