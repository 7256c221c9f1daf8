// null: default value of class-typed locals and fields, comparisons, ?? and ?. with objects, printing null.
using System;

class Node
{
    public int Value;
    public Node Next;
    public Node(int v, Node next) { Value = v; Next = next; }
}

class Program
{
    static Node Find(Node n, int v)
    {
        while (n != null)
        {
            if (n.Value == v) return n;
            n = n.Next;
        }
        return null;
    }

    static void Main()
    {
        Node list = new Node(1, new Node(2, new Node(3, null)));
        Console.WriteLine(list.Next.Next.Next == null);   // expect: True
        Console.WriteLine(Find(list, 2).Value);           // expect: 2
        Node missing = Find(list, 9);
        Console.WriteLine(missing == null);               // expect: True
        Node fallback = missing ?? list;
        Console.WriteLine(fallback.Value);                // expect: 1
        Console.WriteLine(missing?.Next == null);         // expect: True
        object o = null;
        Console.WriteLine(o);                             // expect:
        string s = null;
        Console.WriteLine("[" + s + "]");                 // expect: []
        Console.WriteLine(o == null && s == null);        // expect: True
    }
}
