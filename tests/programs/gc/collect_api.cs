// GC.Collect() and GC.GetTotalMemory(bool). What the total counts differs between runtimes
// (CoreCLR 3.1 reports the same total before and after allocating 4 MB here), so only what
// holds everywhere is printed; stdlib/tests/gc_memory.rs checks that Sharp's total drops.
using System;

class Program
{
    static void Main()
    {
        long before = GC.GetTotalMemory(true);
        int[][] big = new int[100][];
        for (int i = 0; i < big.Length; i++)
            big[i] = new int[10000];
        big[99][9999] = 42;
        GC.Collect();
        long withData = GC.GetTotalMemory(false);
        Console.WriteLine(before > 0);
        Console.WriteLine(withData > 0);
        Console.WriteLine(big[99][9999]);
        big = null;
        GC.Collect();
        GC.Collect();
        Console.WriteLine(GC.GetTotalMemory(true) > 0);
    }
}
// expect: True
// expect: True
// expect: 42
// expect: True
