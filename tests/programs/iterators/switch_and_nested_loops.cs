// Iterators with yield inside switch sections and nested loops: a tokenizer state machine over a string, a command interpreter yielding several values per case, grid neighbours from nested loops with continue, a search that yield-breaks from an inner loop, and a switch on each element's type name yielding per kind.
using System;
using System.Collections.Generic;
class Program {
    static IEnumerable<string> Tokens(string text) {
        int i = 0;
        while (i < text.Length) {
            char c = text[i];
            switch (c) {
                case ' ':
                    i++;
                    break;
                case '+': case '-': case '*': case '/':
                    yield return "op(" + c + ")";
                    i++;
                    break;
                case '(':
                case ')':
                    yield return c == '(' ? "open" : "close";
                    i++;
                    break;
                default:
                    if (char.IsDigit(c)) {
                        int start = i;
                        while (i < text.Length && char.IsDigit(text[i])) i++;
                        yield return "num(" + text.Substring(start, i - start) + ")";
                    } else if (char.IsLetter(c)) {
                        int start = i;
                        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                        yield return "id(" + text.Substring(start, i - start) + ")";
                    } else {
                        yield return "error(" + c + ")";
                        yield break;
                    }
                    break;
            }
        }
        yield return "end";
    }
    static IEnumerable<int> Run(string[] program) {
        int acc = 0;
        foreach (var cmd in program) {
            switch (cmd) {
                case "inc": acc++; break;
                case "dbl": acc *= 2; break;
                case "out": yield return acc; break;
                case "dup":
                    yield return acc;
                    yield return acc;
                    break;
                case "halt":
                    yield break;
                default:
                    yield return -1;
                    break;
            }
        }
    }
    static IEnumerable<string> Neighbours(int row, int col, int size) {
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                int r = row + dr, c = col + dc;
                if (r < 0 || c < 0 || r >= size || c >= size) continue;
                yield return r + "," + c;
            }
        }
    }
    static IEnumerable<string> FindAll(int[][] grid, int target, int max) {
        int found = 0;
        for (int r = 0; r < grid.Length; r++) {
            for (int c = 0; c < grid[r].Length; c++) {
                if (grid[r][c] != target) continue;
                yield return "[" + r + "][" + c + "]";
                if (++found == max) yield break;
            }
        }
    }
    static IEnumerable<string> Describe(object[] items) {
        foreach (var o in items) {
            switch (o == null ? "null" : o.GetType().Name) {
                case "null":
                    yield return "null";
                    break;
                case "Int32":
                    int n = (int)o;
                    if (n < 0) {
                        yield return "negative " + (-n);
                        break;
                    }
                    for (int k = 0; k < n; k++) yield return "tick";
                    break;
                case "String":
                    yield return "text " + ((string)o).Length;
                    break;
                default:
                    yield return "other " + o.GetType().Name;
                    break;
            }
        }
    }
    static void Main() {
        Console.WriteLine(string.Join(" ", new List<string>(Tokens("3 + x1*(42 - y)"))));
        Console.WriteLine(string.Join(" ", new List<string>(Tokens("a + $ + b"))));
        Console.WriteLine(string.Join(" ", new List<string>(Tokens(""))));
        var prog = new[] { "inc", "out", "dbl", "dup", "inc", "nop", "out", "halt", "out" };
        var outs = new List<string>();
        foreach (var v in Run(prog)) outs.Add(v.ToString());
        Console.WriteLine(string.Join(",", outs));
        Console.WriteLine(string.Join(" ", new List<string>(Neighbours(0, 0, 3))));
        Console.WriteLine(string.Join(" ", new List<string>(Neighbours(1, 1, 3))));
        Console.WriteLine(new List<string>(Neighbours(2, 1, 3)).Count);
        var grid = new[] { new[] { 1, 7, 3 }, new[] { 7, 7 }, new[] { 0, 1, 7, 7 } };
        Console.WriteLine(string.Join(" ", new List<string>(FindAll(grid, 7, 3))));
        Console.WriteLine(string.Join(" ", new List<string>(FindAll(grid, 7, 10))));
        Console.WriteLine(string.Join(" ", new List<string>(FindAll(grid, 9, 10))).Length);
        Console.WriteLine(string.Join("; ", new List<string>(Describe(new object[] { 2, "hey", null, -5, 'c', 0, 1 }))));
        // expect: num(3) op(+) id(x1) op(*) open num(42) op(-) id(y) close end
        // expect: id(a) op(+) error($)
        // expect: end
        // expect: 1,2,2,-1,3
        // expect: 0,1 1,0 1,1
        // expect: 0,0 0,1 0,2 1,0 1,2 2,0 2,1 2,2
        // expect: 5
        // expect: [0][1] [1][0] [1][1]
        // expect: [0][1] [1][0] [1][1] [2][2] [2][3]
        // expect: 0
        // expect: tick; tick; text 3; null; negative 5; other Char; tick
    }
}
