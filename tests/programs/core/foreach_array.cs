// foreach over arrays of several element types, with break and continue.
using System;

class Program
{
    static void Main()
    {
        int[] nums = { 3, 1, 4, 1, 5, 9, 2, 6 };
        int sum = 0;
        foreach (int n in nums) sum += n;
        Console.WriteLine(sum); // expect: 31
        foreach (var n in nums)
        {
            if (n == 1) continue;
            if (n == 9) break;
            Console.Write(n + " ");
        }
        Console.WriteLine(); // expect: 3 4 5 
        string[] names = { "ann", "bob" };
        foreach (string s in names) Console.WriteLine(s.ToUpper());
        // expect: ANN
        // expect: BOB
        double[] ds = new double[3];
        foreach (double d in ds) Console.Write(d);
        Console.WriteLine(); // expect: 000
        foreach (int x in new int[0]) Console.WriteLine("never");
        long total = 0;
        foreach (long v in new long[] { 1L << 40, 1L << 41 }) total += v;
        Console.WriteLine(total); // expect: 3298534883328
        int[][] jag = { new[] { 1, 2 }, new[] { 3 } };
        foreach (int[] row in jag) foreach (int v in row) Console.Write(v);
        Console.WriteLine(); // expect: 123
    }
}
