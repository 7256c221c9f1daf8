// A binary search tree: inserts that fill empty child fields with ??= and new(value), recursive queries written as switch expressions over nodes with null, property and relational patterns, and a shape classifier using nested property patterns with null children.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Node
{
    public int Value;
    public Node Left, Right;
    public Node(int v) { Value = v; }
}

class Tree
{
    Node root;
    public int Count { get; private set; }

    public void Add(int v)
    {
        if (root is null) { root = new(v); Count++; return; }
        Node n = root;
        while (true)
        {
            if (v == n.Value) return;
            if (v < n.Value)
            {
                if (n.Left is null) { n.Left ??= new(v); Count++; return; }
                n = n.Left;
            }
            else
            {
                if (n.Right is { } r) { n = r; continue; }
                n.Right ??= new(v);
                Count++;
                return;
            }
        }
    }

    public bool Contains(int v) => Find(root, v);
    static bool Find(Node n, int v) => n switch
    {
        null => false,
        { Value: var x } when x == v => true,
        { Value: var x } when v < x => Find(n.Left, v),
        _ => Find(n.Right, v),
    };

    public int Height => Depth(root);
    static int Depth(Node n) => n is null ? 0 : 1 + Math.Max(Depth(n.Left), Depth(n.Right));

    public static string Shape(Node n) => n switch
    {
        null => "empty",
        { Left: null, Right: null } => "leaf",
        { Left: null } => "right-only",
        { Right: null } => "left-only",
        { Left: { Left: null, Right: null }, Right: { Left: null, Right: null } } => "perfect-3",
        _ => "branchy",
    };

    public Node Root => root;

    public void InOrder(Node n, List<int> acc)
    {
        if (n is not { } cur) return;
        InOrder(cur.Left, acc);
        acc.Add(cur.Value);
        InOrder(cur.Right, acc);
    }
}

class Program
{
    static void Main()
    {
        var t = new Tree();
        Console.WriteLine(Tree.Shape(t.Root) + " " + t.Height);
        foreach (int v in new[] { 50, 30, 70, 30, 20, 40, 60, 80, 65 })
            t.Add(v);
        var acc = new List<int>();
        t.InOrder(t.Root, acc);
        Console.WriteLine(string.Join(" ", acc) + " count=" + t.Count + " height=" + t.Height);
        Console.WriteLine($"{t.Contains(65)} {t.Contains(20)} {t.Contains(55)} {t.Contains(90)}");
        Console.WriteLine(Tree.Shape(t.Root) + " " + Tree.Shape(t.Root.Left) + " " + Tree.Shape(t.Root.Right.Left) + " " + Tree.Shape(t.Root.Left.Left));
        var small = new Tree();
        small.Add(2); small.Add(1); small.Add(3);
        var chain = new Tree();
        chain.Add(1); chain.Add(2);
        Console.WriteLine(Tree.Shape(small.Root) + " " + Tree.Shape(chain.Root));
    }
}
// expect: empty 0
// expect: 20 30 40 50 60 65 70 80 count=8 height=4
// expect: True True False False
// expect: branchy perfect-3 right-only leaf
// expect: perfect-3 right-only
