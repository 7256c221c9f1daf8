// Array creation and initializers: single-dimensional, jagged and
// rectangular, with Length, GetLength and Rank.
using System;

class Program
{
    static int[] primes = { 2, 3, 5, 7, 11 };

    static void Main()
    {
        int[] a = { 1, 2, 3 };
        int[] b = new int[] { 4, 5, 6, 7 };
        int[] z = new int[3];
        string[] names = new string[] { "x", "y" };
        Console.WriteLine(a.Length + b.Length + z.Length); // expect: 10
        Console.WriteLine(a[0] + a[2] + b[3]);             // expect: 11
        Console.WriteLine(z[1]);                           // expect: 0
        Console.WriteLine(names[0] + names[1]);            // expect: xy
        Console.WriteLine(primes[4]);                      // expect: 11

        int[][] jag = new int[3][];
        jag[0] = new int[] { 1 };
        jag[1] = new int[] { 1, 2 };
        jag[2] = new int[] { 1, 2, 3 };
        int total = 0;
        for (int i = 0; i < jag.Length; i++)
            for (int j = 0; j < jag[i].Length; j++)
                total += jag[i][j];
        Console.WriteLine(total);                          // expect: 10

        int[,] grid = new int[2, 3];
        grid[1, 2] = 5;
        grid[0, 1] += 4;
        grid[0, 1]++;
        Console.WriteLine(grid[1, 2] + grid[0, 1]);        // expect: 10
        int[,] m = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        Console.WriteLine(m[2, 1]);                        // expect: 6
        Console.WriteLine(m.GetLength(0));                 // expect: 3
        Console.WriteLine(m.GetLength(1));                 // expect: 2
        Console.WriteLine(m.Length);                       // expect: 6
        Console.WriteLine(m.Rank);                         // expect: 2
        long[] longs = { 1L << 40, -1 };
        Console.WriteLine(longs[0] + longs[1]);            // expect: 1099511627775
        bool[] flags = new bool[2];
        flags[1] = true;
        Console.WriteLine(flags[0]);                       // expect: False
        Console.WriteLine(flags[1]);                       // expect: True
    }
}
