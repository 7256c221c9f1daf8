// Long singly and doubly linked lists, dropped and rebuilt: marking a long chain must
// not recurse on the native stack; cycles (prev/next) are freed like any garbage.
using System;

class Node
{
    public int Value;
    public Node Next;
    public Node Prev;
    public string Label;
}

class Program
{
    static Node Build(int n, int seed)
    {
        Node head = null;
        for (int i = 0; i < n; i++)
        {
            Node x = new Node();
            x.Value = (i * 31 + seed) % 1000;
            x.Next = head;
            if (head != null)
                head.Prev = x;
            if (i % 100 == 0)
                x.Label = "n" + i;
            head = x;
        }
        return head;
    }

    static long Sum(Node head)
    {
        long s = 0;
        int labels = 0;
        for (Node x = head; x != null; x = x.Next)
        {
            s += x.Value;
            if (x.Label != null)
                labels += x.Label.Length;
        }
        return s * 10 + labels;
    }

    static void Main()
    {
        Node keep = Build(2000, 7);
        GC.Collect();
        long total = 0;
        for (int round = 0; round < 4; round++)
        {
            Node tmp = Build(500, round);
            total += Sum(tmp);
            GC.Collect();
        }
        Console.WriteLine(Sum(keep));
        Console.WriteLine(total);
        // Walk backwards through the Prev links too.
        Node last = keep;
        while (last.Next != null)
            last = last.Next;
        int back = 0;
        for (Node x = last; x != null; x = x.Prev)
            back++;
        Console.WriteLine(back);
    }
}
// expect: 9990088
// expect: 9820072
// expect: 2000
