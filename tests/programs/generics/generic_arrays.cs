// Arrays of type parameters (T[], T[,], T[][]) created inside generic code, and arrays of generic instances.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
}

class Grid<T>
{
    T[,] cells;
    public Grid(int w, int h) { cells = new T[w, h]; }
    public T this[int x, int y] { get { return cells[x, y]; } set { cells[x, y] = value; } }
    public int Width { get { return cells.GetLength(0); } }
    public int Height { get { return cells.GetLength(1); } }
}

class Program
{
    static T[] Fill<T>(int n, T v)
    {
        T[] a = new T[n];
        for (int i = 0; i < n; i++) a[i] = v;
        return a;
    }

    static T[][] Jagged<T>(int n, T v)
    {
        T[][] r = new T[n][];
        for (int i = 0; i < n; i++) r[i] = Fill(i + 1, v);
        return r;
    }

    static void Main()
    {
        int[] ones = Fill(3, 1);
        Console.WriteLine(ones.Length + " " + ones[2]); // expect: 3 1
        string[] xs = Fill(2, "x");
        Console.WriteLine(xs[0] + xs[1]); // expect: xx
        Console.WriteLine(Fill(2, 'c').GetType()); // expect: System.Char[]
        Grid<int> g = new Grid<int>(3, 2);
        g[2, 1] = 5;
        g[0, 0] = g[2, 1] * 2;
        Console.WriteLine(g[0, 0] + " " + g[1, 1] + " " + g[2, 1]); // expect: 10 0 5
        Console.WriteLine(g.Width + "x" + g.Height); // expect: 3x2
        Grid<string> gs = new Grid<string>(2, 2);
        Console.WriteLine(gs[1, 1] == null); // expect: True
        gs[1, 0] = "hi";
        Console.WriteLine(gs[1, 0]); // expect: hi
        string[][] jag = Jagged(3, "j");
        Console.WriteLine(jag.Length + " " + jag[2].Length + " " + jag[2][2]); // expect: 3 3 j
        Box<int>[] boxes = new Box<int>[3];
        Console.WriteLine(boxes[0] == null); // expect: True
        for (int i = 0; i < boxes.Length; i++) boxes[i] = new Box<int>(i * 10);
        Console.WriteLine(boxes[2].Value + boxes[1].Value); // expect: 30
        Box<string>[] init = { new Box<string>("a"), new Box<string>("b") };
        Console.WriteLine(init[1].Value); // expect: b
        Console.WriteLine(boxes.GetType()); // expect: Box`1[System.Int32][]
        Box<int>[,] grid2 = new Box<int>[2, 2];
        grid2[1, 1] = new Box<int>(11);
        Console.WriteLine(grid2[1, 1].Value + " " + (grid2[0, 1] == null)); // expect: 11 True
        Console.WriteLine(grid2.GetType()); // expect: Box`1[System.Int32][,]
    }
}
