// HashSet<Point> of a struct key with IEquatable<Point>: GetHashCode and
// Equals called through EqualityComparer<Point>.Default, the set's slots
// and buckets. Adds n points on a lattice walk (with repeats), then looks
// up n more. Prints the set's size and the number of hits.
using System;
using System.Collections.Generic;

struct Point : IEquatable<Point>
{
    public readonly int X, Y;

    public Point(int x, int y) { X = x; Y = y; }

    public bool Equals(Point other) { return X == other.X && Y == other.Y; }

    public override bool Equals(object obj) { return obj is Point && Equals((Point)obj); }

    public override int GetHashCode() { return X * 1500 + Y; }
}

static class HashSetBench
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 2000000;
        var set = new HashSet<Point>();
        uint seed = 7;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1103515245 + 12345;
            set.Add(new Point((int)(seed >> 16) % 1500, (int)(seed >> 6) % 1500));
        }
        int hits = 0;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1103515245 + 12345;
            if (set.Contains(new Point((int)(seed >> 16) % 1500, (int)(seed >> 6) % 1500)))
                hits++;
        }
        Console.WriteLine(set.Count + " " + hits);
        return 0;
    }
}
