// A non-generic nested type inside a generic type (Outer<T>.Node) that uses the outer T; distinct per closed outer type.
using System;

class Chain<T>
{
    public class Node
    {
        public T Value;
        public Node Next;
        public Node(T v, Node n) { Value = v; Next = n; }
    }

    Node head;
    int count;

    public void Push(T v) { head = new Node(v, head); count++; }
    public Node Head { get { return head; } }
    public int Count { get { return count; } }

    public string Dump()
    {
        string s = "";
        for (Node n = head; n != null; n = n.Next) s += "[" + n.Value + "]";
        return s;
    }
}

class Program
{
    static void Main()
    {
        Chain<int> c = new Chain<int>();
        c.Push(1);
        c.Push(2);
        c.Push(3);
        Console.WriteLine(c.Dump()); // expect: [3][2][1]
        Console.WriteLine(c.Count); // expect: 3
        Chain<int>.Node n = c.Head;
        Console.WriteLine(n.Value + n.Next.Value); // expect: 5
        n.Next.Value = 20;
        Console.WriteLine(c.Dump()); // expect: [3][20][1]

        Chain<string> s = new Chain<string>();
        s.Push("a");
        s.Push("b");
        Console.WriteLine(s.Dump()); // expect: [b][a]
        Chain<string>.Node sn = new Chain<string>.Node("free", null);
        Console.WriteLine(sn.Value.Length); // expect: 4

        Console.WriteLine(typeof(Chain<int>.Node)); // expect: Chain`1+Node[System.Int32]
        Console.WriteLine(sn.GetType()); // expect: Chain`1+Node[System.String]
        Console.WriteLine(sn.GetType().Name); // expect: Node
        object o = n;
        Console.WriteLine(o is Chain<int>.Node); // expect: True
        Console.WriteLine(o is Chain<string>.Node); // expect: False
    }
}
