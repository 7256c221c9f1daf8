// Generic graph algorithms: Dijkstra over a SortedSet of named tuples, BFS with Queue.TryDequeue, topological sort with a recursive local function and Stack, fluent builder with optional and named arguments, Nullable of a named tuple matched with a positional pattern and coalesced, discards, nameof on a generic member
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Graph<TNode> where TNode : IComparable<TNode>
{
    private readonly Dictionary<TNode, List<(TNode To, int Weight)>> adj = new();

    public Graph<TNode> Edge(TNode from, TNode to, int weight = 1, bool both = true)
    {
        Neighbours(from).Add((to, weight));
        if (both) Neighbours(to).Add((from, weight));
        else _ = Neighbours(to);
        return this;
    }

    private List<(TNode To, int Weight)> Neighbours(TNode n)
    {
        if (!adj.TryGetValue(n, out var list))
        {
            list = new();
            adj[n] = list;
        }
        return list;
    }

    public IEnumerable<TNode> Nodes => adj.Keys.OrderBy(k => k);

    public Nullable<(int Distance, TNode[] Path)> ShortestPath(TNode source, TNode target)
    {
        var dist = new Dictionary<TNode, int> { [source] = 0 };
        var prev = new Dictionary<TNode, TNode>();
        var frontier = new SortedSet<(int Dist, TNode Node)> { (0, source) };
        while (frontier.Count > 0)
        {
            var (d, u) = frontier.Min;
            frontier.Remove(frontier.Min);
            if (u.CompareTo(target) == 0) break;
            foreach (var (v, w) in adj[u])
            {
                var nd = d + w;
                if (dist.TryGetValue(v, out var old) && old <= nd) continue;
                if (dist.ContainsKey(v)) frontier.Remove((old, v));
                dist[v] = nd;
                prev[v] = u;
                frontier.Add((nd, v));
            }
        }
        if (!dist.ContainsKey(target)) return null;
        var path = new List<TNode> { target };
        for (var cur = target; prev.TryGetValue(cur, out var p); cur = p) path.Add(p);
        path.Reverse();
        return (dist[target], path.ToArray());
    }

    public List<TNode> BreadthFirst(TNode start)
    {
        var seen = new HashSet<TNode> { start };
        var order = new List<TNode>();
        var queue = new Queue<TNode>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var n))
        {
            order.Add(n);
            foreach (var (to, _) in adj[n].OrderBy(e => e.To))
                if (seen.Add(to)) queue.Enqueue(to);
        }
        return order;
    }

    public List<TNode>? TopologicalOrder()
    {
        var state = new Dictionary<TNode, int>();
        var result = new Stack<TNode>();
        bool Visit(TNode n)
        {
            switch (state.TryGetValue(n, out var st) ? st : 0)
            {
                case 1: return false;
                case 2: return true;
            }
            state[n] = 1;
            foreach (var (to, _) in adj[n].OrderByDescending(e => e.To))
                if (!Visit(to)) return false;
            state[n] = 2;
            result.Push(n);
            return true;
        }
        foreach (var n in Nodes.Reverse())
            if (!Visit(n)) return null;
        return result.ToList();
    }
}

public static class Program
{
    public static void Main()
    {
        var roads = new Graph<string>()
            .Edge("Amsterdam", "Utrecht", 45)
            .Edge("Amsterdam", "Haarlem", 20)
            .Edge("Haarlem", "Leiden", 30)
            .Edge("Leiden", "TheHague", 20)
            .Edge("Utrecht", "Gouda", 35)
            .Edge("Gouda", "TheHague", 30)
            .Edge("Gouda", "Rotterdam", 25)
            .Edge("TheHague", "Rotterdam", 25)
            .Edge("Groningen", "Assen", 30);

        foreach (var (from, to) in new[] { ("Amsterdam", "Rotterdam"), ("Haarlem", "Gouda"), ("Rotterdam", "Rotterdam"), ("Amsterdam", "Assen") })
        {
            var result = roads.ShortestPath(from, to);
            Console.WriteLine(result is (var km, var path)
                ? $"{from} -> {to}: {km} km via {string.Join(" > ", path)}"
                : $"{from} -> {to}: unreachable");
        }

        Console.WriteLine("bfs: " + string.Join(", ", roads.BreadthFirst("Utrecht")));
        Console.WriteLine("nodes: " + roads.Nodes.Count() + ", first " + roads.Nodes.First() + ", last " + roads.Nodes.Last());

        var build = new Graph<string>()
            .Edge("compile", "link", both: false)
            .Edge("parse", "compile", both: false)
            .Edge("lex", "parse", both: false)
            .Edge("link", "package", both: false)
            .Edge("docs", "package", both: false)
            .Edge("parse", "docs", both: false);
        var order = build.TopologicalOrder();
        Console.WriteLine("build order: " + (order is null ? "cycle" : string.Join(" ", order)));
        build.Edge("package", "lex", both: false);
        Console.WriteLine("with cycle: " + (build.TopologicalOrder()?.Count.ToString() ?? "cycle"));

        var grid = new Graph<int>();
        for (int i = 1; i <= 9; i++)
        {
            if (i % 3 != 0) grid.Edge(i, i + 1, i);
            if (i <= 6) grid.Edge(i, i + 3, 10 - i);
        }
        var (cost, route) = grid.ShortestPath(1, 9) ?? (-1, new int[0]);
        Console.WriteLine($"grid 1->9: {cost} [{string.Join(",", route)}]");
        Console.WriteLine(nameof(Graph<int>.ShortestPath) + " " + nameof(grid));
    }
}
// expect: Amsterdam -> Rotterdam: 95 km via Amsterdam > Haarlem > Leiden > TheHague > Rotterdam
// expect: Haarlem -> Gouda: 80 km via Haarlem > Leiden > TheHague > Gouda
// expect: Rotterdam -> Rotterdam: 0 km via Rotterdam
// expect: Amsterdam -> Assen: unreachable
// expect: bfs: Utrecht, Amsterdam, Gouda, Haarlem, Rotterdam, TheHague, Leiden
// expect: nodes: 9, first Amsterdam, last Utrecht
// expect: build order: lex parse compile link docs package
// expect: with cycle: cycle
// expect: grid 1->9: 14 [1,2,3,6,9]
// expect: ShortestPath grid
