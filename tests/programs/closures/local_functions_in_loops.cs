// Local functions in realistic algorithms: a recursive flood fill and a DFS capturing a grid and visited set, local functions declared in loop bodies capturing per-iteration locals and turned into delegates, local helpers using the enclosing generic method's type parameter, mutual recursion, and a local function capturing parameters modified after its creation.
using System;
using System.Collections.Generic;
class Program {
    static int CountRegions(string[] grid) {
        int rows = grid.Length, cols = grid[0].Length;
        var seen = new bool[rows, cols];
        int cells = 0;
        void Fill(int r, int c, char ch) {
            if (r < 0 || c < 0 || r >= rows || c >= cols) return;
            if (seen[r, c] || grid[r][c] != ch) return;
            seen[r, c] = true;
            cells++;
            Fill(r + 1, c, ch); Fill(r - 1, c, ch); Fill(r, c + 1, ch); Fill(r, c - 1, ch);
        }
        int regions = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (!seen[r, c] && grid[r][c] == '#') { Fill(r, c, '#'); regions++; }
        Console.WriteLine("cells=" + cells);
        return regions;
    }
    static List<string> TopoOrder(Dictionary<string, string[]> deps) {
        var order = new List<string>();
        var state = new Dictionary<string, int>();
        void Visit(string n) {
            int s;
            if (state.TryGetValue(n, out s)) { if (s == 1) throw new InvalidOperationException("cycle at " + n); return; }
            state[n] = 1;
            string[] next;
            if (deps.TryGetValue(n, out next)) foreach (var d in next) Visit(d);
            state[n] = 2;
            order.Add(n);
        }
        var keys = new List<string>(deps.Keys);
        keys.Sort(string.CompareOrdinal);
        foreach (var k in keys) Visit(k);
        return order;
    }
    static List<T> Dedupe<T>(List<T> items, Func<T, string> keyOf) {
        var seen = new HashSet<string>();
        var result = new List<T>();
        bool TryAdd(T item) {
            if (!seen.Add(keyOf(item))) return false;
            result.Add(item);
            return true;
        }
        T Last() => result[result.Count - 1];
        foreach (var it in items) if (TryAdd(it)) Console.Write("+" + Last() + " ");
        Console.WriteLine("|");
        return result;
    }
    static string Describe(int start, int step) {
        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        string Label() => start + (IsEven(start) ? " even" : " odd");
        string before = Label();
        start += step;
        return before + ", then " + Label();
    }
    static void Main() {
        // expect: cells=8
        // expect: regions=3
        var grid = new[] { "##..#", "#...#", "..#..", "..##." };
        Console.WriteLine("regions=" + CountRegions(grid));
        var deps = new Dictionary<string, string[]> {
            { "app", new[] { "ui", "core" } }, { "ui", new[] { "core", "gfx" } },
            { "gfx", new[] { "core" } }, { "core", new string[0] }, { "tests", new[] { "app" } }
        };
        // expect: core gfx ui app tests
        Console.WriteLine(string.Join(" ", TopoOrder(deps)));
        deps["core"] = new[] { "tests" };
        // expect: cycle at app
        try { TopoOrder(deps); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var actions = new List<Func<string>>();
        for (int i = 1; i <= 3; i++) {
            int square = i * i;
            string Show() => i + "^2=" + square;
            actions.Add(Show);
        }
        var shown = new List<string>();
        foreach (var a in actions) shown.Add(a());
        // expect: 4^2=1 4^2=4 4^2=9
        Console.WriteLine(string.Join(" ", shown));
        var perItem = new List<Func<int>>();
        foreach (var word in new[] { "aa", "bbb", "c" }) {
            int bonus = word.Length * 10;
            int Score() => bonus + word.Length;
            perItem.Add(Score);
        }
        // expect: 22 33 11
        Console.WriteLine(perItem[0]() + " " + perItem[1]() + " " + perItem[2]());
        // expect: +apple +Banana +cherry |
        // expect: 3
        var kept = Dedupe(new List<string> { "apple", "Banana", "APPLE", "cherry", "banana" }, s => s.ToLower());
        Console.WriteLine(kept.Count);
        // expect: +1 +2 +3 |
        Dedupe(new List<int> { 1, 11, 2, 3, 22 }, n => (n % 10).ToString());
        // expect: 4 even, then 7 odd
        Console.WriteLine(Describe(4, 3));
    }
}
