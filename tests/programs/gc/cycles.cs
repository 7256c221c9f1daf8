// Cyclic object graphs: unreachable cycles are freed (mark-sweep needs no reference counts);
// a cycle reachable only through a static field survives every collection.
using System;

class Vertex
{
    public int Id;
    public Vertex[] Edges;

    public Vertex(int id, int degree)
    {
        Id = id;
        Edges = new Vertex[degree];
    }
}

class Program
{
    static Vertex ring;

    static Vertex MakeGraph(int n, int degree)
    {
        Vertex[] all = new Vertex[n];
        for (int i = 0; i < n; i++)
            all[i] = new Vertex(i, degree);
        for (int i = 0; i < n; i++)
            for (int d = 0; d < degree; d++)
                all[i].Edges[d] = all[(i * 7 + d * 13 + 1) % n];
        return all[0];
    }

    static long Walk(Vertex start, int steps)
    {
        long sum = 0;
        Vertex v = start;
        for (int i = 0; i < steps; i++)
        {
            sum += v.Id;
            v = v.Edges[i % v.Edges.Length];
        }
        return sum;
    }

    static void Main()
    {
        ring = MakeGraph(200, 3);
        long total = 0;
        for (int i = 0; i < 10; i++)
        {
            Vertex g = MakeGraph(100, 4);
            total += Walk(g, 1000);
            g = null;
            GC.Collect();
        }
        Console.WriteLine(total);
        Console.WriteLine(Walk(ring, 5000));
        // A self-cycle and a two-cycle, dropped.
        Vertex self = new Vertex(1, 1);
        self.Edges[0] = self;
        Vertex a = new Vertex(2, 1), b = new Vertex(3, 1);
        a.Edges[0] = b;
        b.Edges[0] = a;
        Console.WriteLine(Walk(self, 3) + Walk(a, 4));
        self = null;
        a = null;
        b = null;
        GC.Collect();
        Console.WriteLine(Walk(ring, 10));
    }
}
// expect: 495000
// expect: 488163
// expect: 13
// expect: 958
