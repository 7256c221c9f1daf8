// The second part of the partial class Inventory (a.cs), plus the program entry point.
using System;

partial class Inventory
{
    private int logged;
    private void Log(string s) { logged++; Console.WriteLine(logged + ": " + s); }

    public int Total()
    {
        int t = 0;
        foreach (int c in counts) t += c;
        return t;
    }
}

class Program
{
    static void Main()
    {
        Inventory inv = new Inventory();
        inv.Add(0, 5);
        inv.Add(2, 4);
        Console.WriteLine(inv.Total());
    }
}
