// Dictionary and HashSet keyed by a struct implementing IEquatable<T> with its own GetHashCode.
using System;
using System.Collections.Generic;

struct Cell : IEquatable<Cell>
{
    public readonly int Row, Col;

    public Cell(int row, int col)
    {
        Row = row;
        Col = col;
    }

    public bool Equals(Cell other)
    {
        return Row == other.Row && Col == other.Col;
    }

    public override bool Equals(object obj)
    {
        return obj is Cell && Equals((Cell)obj);
    }

    public override int GetHashCode()
    {
        return Row * 1000 + Col;
    }

    public override string ToString()
    {
        return "R" + Row + "C" + Col;
    }
}

class Program
{
    static void Main()
    {
        var sheet = new Dictionary<Cell, string>();
        sheet[new Cell(1, 1)] = "A1";
        sheet[new Cell(2, 3)] = "C2";
        sheet[new Cell(1, 1)] = "a1";
        Console.WriteLine(sheet.Count); // expect: 2
        Console.WriteLine(sheet[new Cell(1, 1)]); // expect: a1
        Console.WriteLine(sheet.ContainsKey(new Cell(3, 2))); // expect: False
        foreach (var kv in sheet)
            Console.WriteLine(kv); // expect: [R1C1, a1]
        // expect: [R2C3, C2]
        var visited = new HashSet<Cell>();
        int r = 0, c = 0;
        string moves = "RRDLLUURDD";
        visited.Add(new Cell(r, c));
        int repeats = 0;
        foreach (char m in moves)
        {
            if (m == 'R') c++;
            else if (m == 'L') c--;
            else if (m == 'D') r++;
            else r--;
            if (!visited.Add(new Cell(r, c)))
                repeats++;
        }
        Console.WriteLine(visited.Count + " " + repeats); // expect: 8 3
        var byRow = new Dictionary<int, List<Cell>>();
        foreach (Cell cell in visited)
        {
            List<Cell> cells;
            if (!byRow.TryGetValue(cell.Row, out cells))
            {
                cells = new List<Cell>();
                byRow.Add(cell.Row, cells);
            }
            cells.Add(cell);
        }
        var rows = new List<int>(byRow.Keys);
        rows.Sort();
        foreach (int row in rows)
            Console.WriteLine(row + ": " + string.Join(" ", byRow[row])); // expect: -1: R-1C0 R-1C1
        // expect: 0: R0C0 R0C1 R0C2
        // expect: 1: R1C2 R1C1 R1C0
        Console.WriteLine(EqualityComparer<Cell>.Default.Equals(new Cell(4, 4), new Cell(4, 4))); // expect: True
    }
}
