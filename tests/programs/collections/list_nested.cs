// Lists of lists and lists of arrays: a small grid and a jagged table built with collection initializers.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var grid = new List<List<int>>();
        for (int r = 0; r < 3; r++)
        {
            var row = new List<int>();
            for (int c = 0; c <= r; c++)
                row.Add(r * 10 + c);
            grid.Add(row);
        }
        foreach (List<int> row in grid)
            Console.WriteLine(string.Join(" ", row)); // expect: 0
        // expect: 10 11
        // expect: 20 21 22
        grid[1].Add(12);
        grid[0].Clear();
        Console.WriteLine(grid[0].Count + " " + grid[1].Count + " " + grid[1][2]); // expect: 0 3 12
        var table = new List<int[]> { new int[] { 1, 2 }, new int[] { 3 }, new int[0] };
        int total = 0;
        foreach (int[] a in table)
            foreach (int x in a)
                total += x;
        Console.WriteLine(table.Count + " " + total); // expect: 3 6
        var named = new List<List<string>>
        {
            new List<string> { "a", "b" },
            new List<string>(),
            new List<string> { "c" },
        };
        for (int i = 0; i < named.Count; i++)
            Console.WriteLine(i + ": " + named[i].Count + " [" + string.Join("+", named[i]) + "]"); // expect: 0: 2 [a+b]
        // expect: 1: 0 []
        // expect: 2: 1 [c]
        var pascal = new List<List<long>> { new List<long> { 1 } };
        for (int n = 1; n < 10; n++)
        {
            List<long> prev = pascal[n - 1];
            var next = new List<long> { 1 };
            for (int k = 1; k < n; k++)
                next.Add(prev[k - 1] + prev[k]);
            next.Add(1);
            pascal.Add(next);
        }
        Console.WriteLine(string.Join(" ", pascal[9])); // expect: 1 9 36 84 126 126 84 36 9 1
    }
}
