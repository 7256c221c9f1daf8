// Interfaces with properties (get and get/set) and an indexer, implemented by a class and called via the interface.
using System;

interface IGrid
{
    int Width { get; }
    string Title { get; set; }
    int this[int x, int y] { get; set; }
}

class Grid : IGrid
{
    int[] cells;
    public Grid(int w) { Width = w; cells = new int[w * w]; }
    public int Width { get; private set; }
    public string Title { get; set; }
    public int this[int x, int y]
    {
        get { return cells[y * Width + x]; }
        set { cells[y * Width + x] = value; }
    }
}

class Program
{
    static void Main()
    {
        IGrid g = new Grid(3);
        g.Title = "board";
        g[1, 2] = 7;
        g[2, 2] += 5;
        Console.WriteLine(g.Title + " " + g.Width); // expect: board 3
        Console.WriteLine(g[1, 2] + g[2, 2]);       // expect: 12
        Console.WriteLine(g[0, 0]);                 // expect: 0
    }
}
