// Conway's Game of Life on a torus: record holding a HashSet of named tuples, with-expression per generation, tuple patterns with or-patterns for the rules, tuple inequality, query-built offset table, static local function, default tuple, array range slices
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    record Board(int Width, int Height, HashSet<(int X, int Y)> Alive)
    {
        public static Board Parse(params string[] rows)
        {
            var alive = new HashSet<(int, int)>();
            for (int y = 0; y < rows.Length; y++)
                for (int x = 0; x < rows[y].Length; x++)
                    if (rows[y][x] == '#') alive.Add((x, y));
            return new Board(rows.Max(r => r.Length), rows.Length, alive);
        }

        public Board Step()
        {
            var next = new HashSet<(int, int)>();
            for (int y = 0; y < Height; y++)
            {
                for (int x = 0; x < Width; x++)
                {
                    int n = Neighbours(x, y);
                    bool live = Alive.Contains((x, y));
                    if ((live, n) is (true, 2 or 3) or (false, 3))
                        next.Add((x, y));
                }
            }
            return this with { Alive = next };
        }

        int Neighbours(int cx, int cy)
        {
            int count = 0;
            foreach (var (dx, dy) in Offsets)
            {
                var (nx, ny) = (Wrap(cx + dx, Width), Wrap(cy + dy, Height));
                if (Alive.Contains((nx, ny))) count++;
            }
            return count;

            static int Wrap(int v, int size) => ((v % size) + size) % size;
        }

        static readonly (int, int)[] Offsets =
            (from dx in new[] { -1, 0, 1 } from dy in new[] { -1, 0, 1 } where (dx, dy) != (0, 0) select (dx, dy)).ToArray();

        public string Render()
        {
            var sb = new StringBuilder();
            for (int y = 0; y < Height; y++)
            {
                for (int x = 0; x < Width; x++) sb.Append(Alive.Contains((x, y)) ? '#' : '.');
                if (y < Height - 1) sb.Append('\n');
            }
            return sb.ToString();
        }

        public (int X, int Y, int W, int H) BoundingBox()
        {
            if (Alive.Count == 0) return default;
            var xs = Alive.Select(p => p.X).ToArray();
            var ys = Alive.Select(p => p.Y).ToArray();
            return (xs.Min(), ys.Min(), xs.Max() - xs.Min() + 1, ys.Max() - ys.Min() + 1);
        }
    }

    static void Main()
    {
        var glider = Board.Parse(
            ".#......",
            "..#.....",
            "###.....",
            "........",
            "........",
            "........");
        var b = glider;
        for (int gen = 0; gen <= 4; gen++)
        {
            Console.WriteLine($"gen {gen}: {b.Alive.Count} alive, box {b.BoundingBox()}");
            if (gen % 4 == 0) Console.WriteLine(b.Render());
            b = b.Step();
        }

        var blinker = Board.Parse(".....", "..#..", "..#..", "..#..", ".....");
        var states = new List<string>();
        var cur = blinker;
        for (int i = 0; i < 6; i++) { states.Add(cur.Render().Replace("\n", "/")); cur = cur.Step(); }
        Console.WriteLine(string.Join(Environment.NewLine, states.Distinct()));
        int period = states.Skip(1).ToList().IndexOf(states[0]) + 1;
        Console.WriteLine($"blinker period {period}");

        var block = Board.Parse("....", ".##.", ".##.", "....");
        Console.WriteLine($"block still life: {block.Step().Render() == block.Render()}");
        var empty = Board.Parse("...", "...");
        Console.WriteLine($"empty box: {empty.BoundingBox()} step alive {empty.Step().Alive.Count}");

        int[] history = Enumerable.Range(0, 30).Select(i => { var c = glider.Alive.Count; glider = glider.Step(); return c; }).ToArray();
        Console.WriteLine($"counts stable: {history.All(c => c == 5)}; last three {string.Join(",", history[^3..])}; middle {history[10..12].Length}");
    }
}
// expect: gen 0: 5 alive, box (0, 0, 3, 3)
// expect: .#......
// expect: ..#.....
// expect: ###.....
// expect: ........
// expect: ........
// expect: ........
// expect: gen 1: 5 alive, box (0, 1, 3, 3)
// expect: gen 2: 5 alive, box (0, 1, 3, 3)
// expect: gen 3: 5 alive, box (1, 1, 3, 3)
// expect: gen 4: 5 alive, box (1, 1, 3, 3)
// expect: ........
// expect: ..#.....
// expect: ...#....
// expect: .###....
// expect: ........
// expect: ........
// expect: ...../..#../..#../..#../.....
// expect: ...../...../.###./...../.....
// expect: blinker period 2
// expect: block still life: True
// expect: empty box: (0, 0, 0, 0) step alive 0
// expect: counts stable: True; last three 5,5,5; middle 2
