// N-Queens with a capturing recursive local function using bitmasks and ??= with an array range copy; Sudoku solver class with an iterator of peers, tuple deconstruction, Except/OrderBy/FirstOrDefault over named tuples compared with == default, array range slices, or-patterns in is, method group passed to All
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    static void Main()
    {
        // N-Queens: count all solutions and show the first, using a capturing recursive local function
        foreach (var n in new[] { 4, 5, 6, 8 })
        {
            var cols = new int[n];
            int count = 0;
            int[] first = null;
            void Place(int row, int usedCols, int diag1, int diag2)
            {
                if (row == n)
                {
                    count++;
                    first ??= cols[..];
                    return;
                }
                for (int c = 0; c < n; c++)
                {
                    if ((usedCols >> c & 1) == 1 || (diag1 >> (row + c) & 1) == 1 || (diag2 >> (row - c + n) & 1) == 1) continue;
                    cols[row] = c;
                    Place(row + 1, usedCols | 1 << c, diag1 | 1 << (row + c), diag2 | 1 << (row - c + n));
                }
            }
            Place(0, 0, 0, 0);
            Console.WriteLine($"{n}-queens: {count} solutions, first [{string.Join(",", first ?? Array.Empty<int>())}]");
        }

        // Sudoku via constraint propagation + backtracking
        const string puzzle =
            "53..7...." + "6..195..." + ".98....6." +
            "8...6...3" + "4..8.3..1" + "7...2...6" +
            ".6....28." + "...419..5" + "....8..79";
        var sudoku = new Sudoku(puzzle);
        var grid = sudoku.Grid;
        Console.WriteLine($"givens: {grid.Count(v => v != 0)}, first cell options: {string.Join("", sudoku.Candidates(2))}");
        var solved = sudoku.Solve();
        Console.WriteLine($"solved: {solved}, guesses: {sudoku.Guesses}");
        var sb = new StringBuilder();
        for (int r = 0; r < 9; r++)
        {
            var row = grid[(r * 9)..(r * 9 + 9)];
            sb.AppendLine(string.Join(" | ", Enumerable.Range(0, 3).Select(b => string.Concat(row[(b * 3)..(b * 3 + 3)]))));
            if (r is 2 or 5) sb.AppendLine("----+-----+----");
        }
        Console.Write(sb.ToString());

        var units = Enumerable.Range(0, 9).SelectMany(k => new[]
        {
            Enumerable.Range(0, 9).Select(i => k * 9 + i),
            Enumerable.Range(0, 9).Select(i => i * 9 + k),
            Enumerable.Range(0, 9).Select(i => (k / 3 * 3 + i / 3) * 9 + k % 3 * 3 + i % 3),
        });
        Console.WriteLine($"all {units.Count()} units valid: {units.All(sudoku.Valid)}");
        Console.WriteLine($"diagonal sum {Enumerable.Range(0, 9).Sum(i => grid[i * 10])}, corners {grid[0]}{grid[8]}{grid[^9]}{grid[^1]}");
    }
}

class Sudoku
{
    public int[] Grid { get; }
    public int Guesses { get; private set; }

    public Sudoku(string text) => Grid = text.Select(ch => ch == '.' ? 0 : ch - '0').ToArray();

    static IEnumerable<int> Peers(int idx)
    {
        var (r, c) = (idx / 9, idx % 9);
        var (br, bc) = (r / 3 * 3, c / 3 * 3);
        for (int i = 0; i < 9; i++)
        {
            yield return r * 9 + i;
            yield return i * 9 + c;
            yield return (br + i / 3) * 9 + bc + i % 3;
        }
    }

    public int[] Candidates(int idx) => Enumerable.Range(1, 9).Except(Peers(idx).Select(p => Grid[p])).ToArray();

    public bool Solve()
    {
        var empty = Enumerable.Range(0, 81).Where(i => Grid[i] == 0)
            .Select(i => (Index: i, Options: Candidates(i)))
            .OrderBy(t => t.Options.Length).ThenBy(t => t.Index)
            .FirstOrDefault();
        if (empty == default) return true;
        var (index, options) = empty;
        if (options.Length > 1) Guesses++;
        foreach (var v in options)
        {
            Grid[index] = v;
            if (Solve()) return true;
        }
        Grid[index] = 0;
        return false;
    }

    public bool Valid(IEnumerable<int> cells) => cells.Select(i => Grid[i]).OrderBy(v => v).SequenceEqual(Enumerable.Range(1, 9));
}
// expect: 4-queens: 2 solutions, first [1,3,0,2]
// expect: 5-queens: 10 solutions, first [0,2,4,1,3]
// expect: 6-queens: 4 solutions, first [1,3,5,0,2,4]
// expect: 8-queens: 92 solutions, first [0,4,7,5,2,6,1,3]
// expect: givens: 30, first cell options: 124
// expect: solved: True, guesses: 0
// expect: 534 | 678 | 912
// expect: 672 | 195 | 348
// expect: 198 | 342 | 567
// expect: ----+-----+----
// expect: 859 | 761 | 423
// expect: 426 | 853 | 791
// expect: 713 | 924 | 856
// expect: ----+-----+----
// expect: 961 | 537 | 284
// expect: 287 | 419 | 635
// expect: 345 | 286 | 179
// expect: all 27 units valid: True
// expect: diagonal sum 50, corners 5239
