// Graph algorithms over Dictionary<string, List<string>>: BFS with Queue, DFS with Stack, Kahn's topological sort with a SortedSet.
using System;
using System.Collections.Generic;

class Program
{
    static Dictionary<string, List<string>> graph = new Dictionary<string, List<string>>();

    static void Edge(string from, string to)
    {
        List<string> outs;
        if (!graph.TryGetValue(from, out outs))
        {
            outs = new List<string>();
            graph[from] = outs;
        }
        outs.Add(to);
        if (!graph.ContainsKey(to))
            graph[to] = new List<string>();
    }

    static List<string> Bfs(string start)
    {
        var seen = new HashSet<string> { start };
        var q = new Queue<string>();
        q.Enqueue(start);
        var order = new List<string>();
        while (q.Count > 0)
        {
            string n = q.Dequeue();
            order.Add(n);
            foreach (string m in graph[n])
                if (seen.Add(m))
                    q.Enqueue(m);
        }
        return order;
    }

    static List<string> Dfs(string start)
    {
        var seen = new HashSet<string>();
        var st = new Stack<string>();
        st.Push(start);
        var order = new List<string>();
        while (st.Count > 0)
        {
            string n = st.Pop();
            if (!seen.Add(n))
                continue;
            order.Add(n);
            List<string> outs = graph[n];
            for (int i = outs.Count - 1; i >= 0; i--)
                st.Push(outs[i]);
        }
        return order;
    }

    static List<string> Topo()
    {
        var indeg = new Dictionary<string, int>();
        foreach (string n in graph.Keys)
            indeg[n] = 0;
        foreach (List<string> outs in graph.Values)
            foreach (string m in outs)
                indeg[m]++;
        var ready = new SortedSet<string>();
        foreach (var kv in indeg)
            if (kv.Value == 0)
                ready.Add(kv.Key);
        var order = new List<string>();
        while (ready.Count > 0)
        {
            string n = ready.Min;
            ready.Remove(n);
            order.Add(n);
            foreach (string m in graph[n])
                if (--indeg[m] == 0)
                    ready.Add(m);
        }
        return order;
    }

    static void Main()
    {
        Edge("shirt", "tie");
        Edge("tie", "jacket");
        Edge("pants", "shoes");
        Edge("pants", "belt");
        Edge("belt", "jacket");
        Edge("shirt", "belt");
        Edge("socks", "shoes");
        Edge("undershorts", "pants");
        Edge("undershorts", "shoes");
        Console.WriteLine(graph.Count); // expect: 8
        Console.WriteLine(string.Join(" ", graph.Keys)); // expect: shirt tie jacket pants shoes belt socks undershorts
        Console.WriteLine(string.Join(" ", Bfs("undershorts"))); // expect: undershorts pants shoes belt jacket
        Console.WriteLine(string.Join(" ", Dfs("shirt"))); // expect: shirt tie jacket belt
        Console.WriteLine(string.Join(" ", Topo())); // expect: shirt socks tie undershorts pants belt jacket shoes
    }
}
