// Iterators over trees: recursive yield through nested foreach for pre-, in- and post-order walks of a binary search tree, an n-ary tree walked depth-first with depth tracking, breadth-first with a Queue, and a stack-based walk stopped early.
using System;
using System.Collections.Generic;
class BstNode {
    public int Value;
    public BstNode Left, Right;
    public BstNode(int v) { Value = v; }
}
class Bst {
    BstNode root;
    public int Count { get; private set; }
    public void Add(int v) {
        Count++;
        if (root == null) { root = new BstNode(v); return; }
        var n = root;
        while (true) {
            if (v < n.Value) {
                if (n.Left == null) { n.Left = new BstNode(v); return; }
                n = n.Left;
            } else {
                if (n.Right == null) { n.Right = new BstNode(v); return; }
                n = n.Right;
            }
        }
    }
    public IEnumerable<int> InOrder() { return InOrder(root); }
    static IEnumerable<int> InOrder(BstNode n) {
        if (n == null) yield break;
        foreach (var x in InOrder(n.Left)) yield return x;
        yield return n.Value;
        foreach (var x in InOrder(n.Right)) yield return x;
    }
    public IEnumerable<int> PreOrder() { return PreOrder(root); }
    static IEnumerable<int> PreOrder(BstNode n) {
        if (n != null) {
            yield return n.Value;
            foreach (var x in PreOrder(n.Left)) yield return x;
            foreach (var x in PreOrder(n.Right)) yield return x;
        }
    }
    public IEnumerable<int> PostOrder() { return PostOrder(root); }
    static IEnumerable<int> PostOrder(BstNode n) {
        if (n == null) yield break;
        foreach (var x in PostOrder(n.Left)) yield return x;
        foreach (var x in PostOrder(n.Right)) yield return x;
        yield return n.Value;
    }
    public IEnumerable<int> InOrderWithStack() {
        var stack = new Stack<BstNode>();
        var cur = root;
        while (cur != null || stack.Count > 0) {
            while (cur != null) { stack.Push(cur); cur = cur.Left; }
            cur = stack.Pop();
            yield return cur.Value;
            cur = cur.Right;
        }
    }
}
class Dir {
    public string Name;
    public List<Dir> Children = new List<Dir>();
    public Dir(string name, params Dir[] kids) { Name = name; Children.AddRange(kids); }
    public IEnumerable<string> Walk(int depth) {
        yield return new string('-', depth * 2) + Name;
        foreach (var c in Children)
            foreach (var line in c.Walk(depth + 1))
                yield return line;
    }
    public IEnumerable<Dir> BreadthFirst() {
        var q = new Queue<Dir>();
        q.Enqueue(this);
        while (q.Count > 0) {
            var d = q.Dequeue();
            yield return d;
            foreach (var c in d.Children) q.Enqueue(c);
        }
    }
}
class Program {
    static void Print(string label, IEnumerable<int> xs) {
        Console.Write(label + ":");
        foreach (var x in xs) Console.Write(" " + x);
        Console.WriteLine();
    }
    static void Main() {
        var t = new Bst();
        foreach (var v in new[] { 50, 30, 70, 20, 40, 60, 80, 35, 65 }) t.Add(v);
        Print("in", t.InOrder());
        Print("pre", t.PreOrder());
        Print("post", t.PostOrder());
        Print("stack", t.InOrderWithStack());
        Print("empty", new Bst().InOrder());
        int seen = 0;
        foreach (var x in t.InOrder()) {
            if (x > 45) { Console.WriteLine("first above 45: " + x + " after " + seen); break; }
            seen++;
        }
        var root = new Dir("root",
            new Dir("src", new Dir("main.cs"), new Dir("util", new Dir("a.cs"), new Dir("b.cs"))),
            new Dir("docs", new Dir("readme.md")),
            new Dir("build"));
        foreach (var line in root.Walk(0)) Console.WriteLine(line);
        string bfs = "";
        foreach (var d in root.BreadthFirst()) bfs += d.Name + " ";
        Console.WriteLine(bfs.Trim());
        int leaves = 0;
        foreach (var d in root.BreadthFirst()) if (d.Children.Count == 0) leaves++;
        Console.WriteLine("leaves " + leaves + ", bst count " + t.Count);
        // expect: in: 20 30 35 40 50 60 65 70 80
        // expect: pre: 50 30 20 40 35 70 60 65 80
        // expect: post: 20 35 40 30 65 60 80 70 50
        // expect: stack: 20 30 35 40 50 60 65 70 80
        // expect: empty:
        // expect: first above 45: 50 after 4
        // expect: root
        // expect: --src
        // expect: ----main.cs
        // expect: ----util
        // expect: ------a.cs
        // expect: ------b.cs
        // expect: --docs
        // expect: ----readme.md
        // expect: --build
        // expect: root src docs build main.cs util readme.md a.cs b.cs
        // expect: leaves 5, bst count 9
    }
}
