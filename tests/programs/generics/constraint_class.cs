// The class constraint: null checks, null assignment, as, and reference equality on T.
using System;

class Node { public string Name; public Node(string n) { Name = n; } public override string ToString() { return Name; } }

class Cache<T> where T : class
{
    T item;
    public bool IsEmpty { get { return item == null; } }
    public void Set(T x) { item = x; }
    public void Clear() { item = null; }
    public T GetOr(T fallback) { return item ?? fallback; }
    public bool Same(T other) { return item == other; }
}

class Program
{
    static T FirstNonNull<T>(T a, T b) where T : class { return a != null ? a : b; }
    static T Convert<T>(object o) where T : class { return o as T; }
    static int CountNulls<T>(T[] xs) where T : class
    {
        int n = 0;
        foreach (T x in xs) if (x == null) n++;
        return n;
    }

    static void Main()
    {
        Cache<string> c = new Cache<string>();
        Console.WriteLine(c.IsEmpty); // expect: True
        Console.WriteLine(c.GetOr("fallback")); // expect: fallback
        c.Set("value");
        Console.WriteLine(c.IsEmpty); // expect: False
        Console.WriteLine(c.GetOr("fallback")); // expect: value
        c.Clear();
        Console.WriteLine(c.IsEmpty); // expect: True
        Node n1 = new Node("n1");
        Node n2 = new Node("n1");
        Cache<Node> cn = new Cache<Node>();
        cn.Set(n1);
        Console.WriteLine(cn.Same(n1)); // expect: True
        Console.WriteLine(cn.Same(n2)); // expect: False
        Console.WriteLine(FirstNonNull(null, "b")); // expect: b
        Console.WriteLine(FirstNonNull("a", "b")); // expect: a
        Console.WriteLine(FirstNonNull<Node>(null, null) == null); // expect: True
        Console.WriteLine(Convert<string>("s") ?? "none"); // expect: s
        Console.WriteLine(Convert<string>(5) ?? "none"); // expect: none
        Console.WriteLine(Convert<Node>(n2)); // expect: n1
        Console.WriteLine(CountNulls(new string[] { "a", null, null, "b", null })); // expect: 3
        Cache<int[]> ca = new Cache<int[]>();
        ca.Set(new int[] { 1, 2 });
        Console.WriteLine(ca.GetOr(null).Length); // expect: 2
        Cache<object> co = new Cache<object>();
        co.Set(42);
        Console.WriteLine(co.GetOr(null)); // expect: 42
    }
}
