// fannkuch-redux, the Benchmarks Game's sequential algorithm: every permutation of 1..n
// (in the order the benchmark defines), each flipped by reversing its first p[0] elements
// until 1 comes first. Prints the checksum (alternately adding and subtracting the flip
// counts) and the most flips. Measures small int[] loops: loads, stores, swaps, branches.
using System;

static class FannkuchRedux
{
    static int[] Run(int n)
    {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permCount = 0;
        int r = n;
        while (true)
        {
            while (r != 1)
            {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0)
            {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++)
                {
                    int t = perm[i];
                    perm[i] = perm[k - i];
                    perm[k - i] = t;
                }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += permCount % 2 == 0 ? flips : -flips;
            // The next permutation: rotate the first r+1 elements left, for the smallest r
            // whose counter is not exhausted.
            while (true)
            {
                if (r == n) return new[] { checksum, maxFlips };
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 7;
        int[] result = Run(n);
        Console.WriteLine(result[0]);
        Console.WriteLine("Pfannkuchen(" + n + ") = " + result[1]);
        return 0;
    }
}
