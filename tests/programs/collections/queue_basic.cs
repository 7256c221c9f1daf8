// Queue<T>: Enqueue, Dequeue, Peek, Count, Contains, ToArray, FIFO foreach (also after the ring buffer wraps), TryDequeue, empty errors.
// mono-differs: Mono 6.8 says "Collection was modified; enumeration operation may not execute." when it is changed during foreach
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var q = new Queue<string>();
        q.Enqueue("first");
        q.Enqueue("second");
        q.Enqueue("third");
        Console.WriteLine(q.Count + " " + q.Peek()); // expect: 3 first
        Console.WriteLine(q.Dequeue()); // expect: first
        Console.WriteLine(q.Count + " " + q.Peek()); // expect: 2 second
        Console.WriteLine(q.Contains("third") + " " + q.Contains("first")); // expect: True False
        foreach (string s in q)
            Console.WriteLine(s); // expect: second
        // expect: third
        string[] arr = q.ToArray();
        Console.WriteLine(arr.Length + " " + arr[0] + " " + arr[1]); // expect: 2 second third
        var ring = new Queue<int>();
        for (int i = 1; i <= 4; i++)
            ring.Enqueue(i);
        ring.Dequeue();
        ring.Dequeue();
        for (int i = 5; i <= 7; i++)
            ring.Enqueue(i);
        Console.WriteLine(string.Join(" ", ring)); // expect: 3 4 5 6 7
        Console.WriteLine(string.Join(" ", ring.ToArray())); // expect: 3 4 5 6 7
        for (int i = 8; i <= 12; i++)
            ring.Enqueue(i);
        int total = 0;
        while (ring.Count > 0)
            total = total * 2 + ring.Dequeue() % 3;
        Console.WriteLine(total); // expect: 584
        int got;
        Console.WriteLine(ring.TryDequeue(out got) + " " + got); // expect: False 0
        ring.Enqueue(42);
        Console.WriteLine(ring.TryPeek(out got) + " " + got + " " + ring.Count); // expect: True 42 1
        Console.WriteLine(ring.TryDequeue(out got) + " " + got + " " + ring.Count); // expect: True 42 0
        try
        {
            ring.Dequeue();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Queue empty.
        }
        try
        {
            ring.Peek();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Queue empty.
        }
        var fromList = new Queue<int>(new List<int> { 9, 8, 7 });
        Console.WriteLine(fromList.Dequeue() + " " + fromList.Count); // expect: 9 2
        fromList.Clear();
        Console.WriteLine(fromList.Count); // expect: 0
        try
        {
            var qq = new Queue<int>(new int[] { 1, 2 });
            foreach (int x in qq)
                qq.Enqueue(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: Collection was modified after the enumerator was instantiated.
        }
        var nulls = new Queue<string>();
        nulls.Enqueue(null);
        Console.WriteLine(nulls.Contains(null) + " " + (nulls.Dequeue() == null)); // expect: True True
        // Breadth-first walk of a small implicit tree.
        var bfs = new Queue<int>();
        bfs.Enqueue(1);
        var visit = new List<int>();
        while (bfs.Count > 0)
        {
            int n = bfs.Dequeue();
            visit.Add(n);
            if (n * 2 <= 10) bfs.Enqueue(n * 2);
            if (n * 2 + 1 <= 10) bfs.Enqueue(n * 2 + 1);
        }
        Console.WriteLine(string.Join(",", visit)); // expect: 1,2,3,4,5,6,7,8,9,10
    }
}
