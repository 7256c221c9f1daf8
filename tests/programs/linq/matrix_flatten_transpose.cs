// Matrices as jagged arrays: SelectMany to flatten, Range to transpose and build an identity, row and column sums, diagonal with Select index, matrix product with Zip and Sum.
using System;
using System.Linq;

class Program
{
    static void Print(int[][] m)
    {
        foreach (var row in m) Console.WriteLine(string.Join(" ", row));
    }

    static void Main()
    {
        int[][] m = {
            new[] { 1, 2, 3 },
            new[] { 4, 5, 6 },
        };

        Console.WriteLine(string.Join(",", m.SelectMany(r => r))); // expect: 1,2,3,4,5,6

        int cols = m[0].Length;
        int[][] t = Enumerable.Range(0, cols).Select(c => m.Select(r => r[c]).ToArray()).ToArray();
        Print(t);
        // expect: 1 4
        // expect: 2 5
        // expect: 3 6

        Console.WriteLine(string.Join(" ", m.Select(r => r.Sum()))); // expect: 6 15
        Console.WriteLine(string.Join(" ", t.Select(r => r.Sum()))); // expect: 5 7 9
        Console.WriteLine(m.SelectMany(r => r).Max() + " " + m.Sum(r => r.Min())); // expect: 6 5

        int[][] id = Enumerable.Range(0, 3)
            .Select(i => Enumerable.Range(0, 3).Select(j => i == j ? 1 : 0).ToArray())
            .ToArray();
        Print(id);
        // expect: 1 0 0
        // expect: 0 1 0
        // expect: 0 0 1

        int[][] sq = {
            new[] { 2, 0, 1 },
            new[] { 1, 3, 0 },
            new[] { 0, 4, 5 },
        };
        var diagonal = sq.Select((row, i) => row[i]);
        Console.WriteLine("trace " + diagonal.Sum()); // expect: trace 10

        // Product: each cell is a row of m zipped with a column of sq.
        int[][] sqT = Enumerable.Range(0, 3).Select(c => sq.Select(r => r[c]).ToArray()).ToArray();
        int[][] product = m.Select(row => sqT.Select(col => row.Zip(col, (a, b) => a * b).Sum()).ToArray()).ToArray();
        Print(product);
        // expect: 4 18 16
        // expect: 13 39 34

        // Flatten with coordinates, then find the cells holding even numbers.
        var evens = sq.SelectMany((row, i) => row.Select((v, j) => new int[] { i, j, v }))
                      .Where(c => c[2] != 0 && c[2] % 2 == 0)
                      .Select(c => "(" + c[0] + "," + c[1] + ")=" + c[2]);
        Console.WriteLine(string.Join(" ", evens)); // expect: (0,0)=2 (2,1)=4
    }
}
