// A generic binary search tree Node<T> where T : IComparable<T>: recursive insert, contains, in-order traversal, height and min/max.
using System;

class Node<T> where T : IComparable<T>
{
    public T Value;
    public Node<T> Left, Right;
    public Node(T v) { Value = v; }
}

class Tree<T> where T : IComparable<T>
{
    Node<T> root;
    int count;

    public void Insert(T v) { root = Insert(root, v); }

    Node<T> Insert(Node<T> n, T v)
    {
        if (n == null) { count++; return new Node<T>(v); }
        int c = v.CompareTo(n.Value);
        if (c < 0) n.Left = Insert(n.Left, v);
        else if (c > 0) n.Right = Insert(n.Right, v);
        return n;
    }

    public bool Contains(T v)
    {
        Node<T> n = root;
        while (n != null)
        {
            int c = v.CompareTo(n.Value);
            if (c == 0) return true;
            n = c < 0 ? n.Left : n.Right;
        }
        return false;
    }

    public string InOrder() { string s = ""; Walk(root, ref s); return s.Trim(); }

    static void Walk(Node<T> n, ref string acc)
    {
        if (n == null) return;
        Walk(n.Left, ref acc);
        acc += n.Value + " ";
        Walk(n.Right, ref acc);
    }

    public int Height() { return Height(root); }
    static int Height(Node<T> n) { return n == null ? 0 : 1 + Math.Max(Height(n.Left), Height(n.Right)); }

    public T Min() { Node<T> n = root; while (n.Left != null) n = n.Left; return n.Value; }
    public T Max() { Node<T> n = root; while (n.Right != null) n = n.Right; return n.Value; }
    public int Count { get { return count; } }
}

class Program
{
    static void Main()
    {
        Tree<int> t = new Tree<int>();
        int[] vals = { 50, 30, 70, 20, 40, 60, 80, 30, 65 };
        foreach (int v in vals) t.Insert(v);
        Console.WriteLine(t.InOrder()); // expect: 20 30 40 50 60 65 70 80
        Console.WriteLine(t.Count); // expect: 8
        Console.WriteLine(t.Height()); // expect: 4
        Console.WriteLine(t.Contains(65) + " " + t.Contains(66)); // expect: True False
        Console.WriteLine(t.Min() + " " + t.Max()); // expect: 20 80

        Tree<string> ts = new Tree<string>();
        foreach (string w in "the quick brown fox jumps over the lazy dog".Split(' ')) ts.Insert(w);
        Console.WriteLine(ts.InOrder()); // expect: brown dog fox jumps lazy over quick the
        Console.WriteLine(ts.Count + " " + ts.Height()); // expect: 8 7
        Console.WriteLine(ts.Contains("fox")); // expect: True
        Console.WriteLine(ts.Min() + " " + ts.Max()); // expect: brown the

        Tree<double> td = new Tree<double>();
        for (int i = 0; i < 10; i++) td.Insert(i * 0.5);
        Console.WriteLine(td.Height()); // expect: 10
        Console.WriteLine(td.InOrder()); // expect: 0 0.5 1 1.5 2 2.5 3 3.5 4 4.5
    }
}
