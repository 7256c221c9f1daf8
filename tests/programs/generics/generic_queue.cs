// A generic circular-buffer Queue<T> written in the test: enqueue/dequeue with wrap-around and growth, breadth-first search with Queue<int>.
using System;

class Queue<T>
{
    T[] buf = new T[4];
    int head, count;

    public void Enqueue(T x)
    {
        if (count == buf.Length)
        {
            T[] n = new T[buf.Length * 2];
            for (int i = 0; i < count; i++) n[i] = buf[(head + i) % buf.Length];
            buf = n;
            head = 0;
        }
        buf[(head + count) % buf.Length] = x;
        count++;
    }

    public T Dequeue()
    {
        if (count == 0) throw new InvalidOperationException("Queue empty");
        T x = buf[head];
        buf[head] = default(T);
        head = (head + 1) % buf.Length;
        count--;
        return x;
    }

    public int Count { get { return count; } }

    public string Dump()
    {
        string s = "";
        for (int i = 0; i < count; i++) s += (i > 0 ? "," : "") + buf[(head + i) % buf.Length];
        return "{" + s + "}";
    }
}

class Program
{
    static string Bfs(int[][] adj, int start)
    {
        bool[] seen = new bool[adj.Length];
        Queue<int> q = new Queue<int>();
        q.Enqueue(start);
        seen[start] = true;
        string order = "";
        while (q.Count > 0)
        {
            int v = q.Dequeue();
            order += v + " ";
            foreach (int w in adj[v]) if (!seen[w]) { seen[w] = true; q.Enqueue(w); }
        }
        return order.Trim();
    }

    static void Main()
    {
        Queue<int> q = new Queue<int>();
        q.Enqueue(1); q.Enqueue(2); q.Enqueue(3);
        Console.WriteLine(q.Dequeue() + " " + q.Dump()); // expect: 1 {2,3}
        q.Enqueue(4); q.Enqueue(5); q.Enqueue(6);
        Console.WriteLine(q.Dump()); // expect: {2,3,4,5,6}
        q.Enqueue(7);
        Console.WriteLine(q.Count + " " + q.Dump()); // expect: 6 {2,3,4,5,6,7}
        int sum = 0;
        while (q.Count > 0) sum += q.Dequeue();
        Console.WriteLine(sum); // expect: 27
        try { q.Dequeue(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); } // expect: Queue empty
        Queue<string> qs = new Queue<string>();
        for (int i = 0; i < 10; i++) { qs.Enqueue("s" + i); if (i % 3 == 0) qs.Dequeue(); }
        Console.WriteLine(qs.Dump()); // expect: {s4,s5,s6,s7,s8,s9}
        int[][] adj = {
            new int[] { 1, 2 },
            new int[] { 3 },
            new int[] { 3, 4 },
            new int[] { 5 },
            new int[] { 5 },
            new int[0]
        };
        Console.WriteLine(Bfs(adj, 0)); // expect: 0 1 2 3 4 5
        Console.WriteLine(Bfs(adj, 2)); // expect: 2 3 4 5
        Queue<Queue<char>> qq = new Queue<Queue<char>>();
        Queue<char> inner = new Queue<char>();
        inner.Enqueue('x');
        qq.Enqueue(inner);
        Console.WriteLine(qq.Dequeue().Dequeue()); // expect: x
    }
}
