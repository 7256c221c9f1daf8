// A generic doubly linked list LinkedList<T> with a nested generic node class: add first/last, remove, find, reverse and a generic Map to another element type.
using System;

class LinkedList<T>
{
    class Node
    {
        public T Value;
        public Node Prev, Next;
        public Node(T v) { Value = v; }
    }

    Node head, tail;
    int count;

    public void AddLast(T v)
    {
        Node n = new Node(v);
        if (tail == null) head = tail = n;
        else { tail.Next = n; n.Prev = tail; tail = n; }
        count++;
    }

    public void AddFirst(T v)
    {
        Node n = new Node(v);
        if (head == null) head = tail = n;
        else { n.Next = head; head.Prev = n; head = n; }
        count++;
    }

    public bool Remove(T v)
    {
        for (Node n = head; n != null; n = n.Next)
        {
            if (object.Equals(n.Value, v))
            {
                if (n.Prev != null) n.Prev.Next = n.Next; else head = n.Next;
                if (n.Next != null) n.Next.Prev = n.Prev; else tail = n.Prev;
                count--;
                return true;
            }
        }
        return false;
    }

    public void Reverse()
    {
        Node n = head;
        while (n != null) { Node next = n.Next; n.Next = n.Prev; n.Prev = next; n = next; }
        Node t = head; head = tail; tail = t;
    }

    public LinkedList<U> Map<U>(Mapper<T, U> conv)
    {
        LinkedList<U> r = new LinkedList<U>();
        for (Node n = head; n != null; n = n.Next) r.AddLast(conv.Convert(n.Value));
        return r;
    }

    public int Count { get { return count; } }

    public override string ToString()
    {
        string s = "";
        for (Node n = head; n != null; n = n.Next) s += (n == head ? "" : " <-> ") + n.Value;
        string back = "";
        for (Node n = tail; n != null; n = n.Prev) back += (n == tail ? "" : ",") + n.Value;
        return s + " | back: " + back;
    }
}

abstract class Mapper<A, B>
{
    public abstract B Convert(A a);
}

class Len : Mapper<string, int>
{
    public override int Convert(string a) { return a.Length; }
}

class Square : Mapper<int, long>
{
    public override long Convert(int a) { return (long)a * a; }
}

class Program
{
    static void Main()
    {
        LinkedList<string> l = new LinkedList<string>();
        l.AddLast("b");
        l.AddLast("cc");
        l.AddFirst("a");
        l.AddLast("dddd");
        Console.WriteLine(l); // expect: a <-> b <-> cc <-> dddd | back: dddd,cc,b,a
        Console.WriteLine(l.Count); // expect: 4
        Console.WriteLine(l.Remove("cc") + " " + l.Remove("zz")); // expect: True False
        Console.WriteLine(l); // expect: a <-> b <-> dddd | back: dddd,b,a
        LinkedList<int> lens = l.Map(new Len());
        Console.WriteLine(lens); // expect: 1 <-> 1 <-> 4 | back: 4,1,1
        lens.Reverse();
        Console.WriteLine(lens); // expect: 4 <-> 1 <-> 1 | back: 1,1,4
        lens.AddLast(100000);
        LinkedList<long> sq = lens.Map(new Square());
        Console.WriteLine(sq); // expect: 16 <-> 1 <-> 1 <-> 10000000000 | back: 10000000000,1,1,16
        Console.WriteLine(l.Remove("a") + " " + l.Remove("dddd")); // expect: True True
        Console.WriteLine(l + " / " + l.Count); // expect: b | back: b / 1
        l.Remove("b");
        Console.WriteLine("[" + l + "] " + l.Count); // expect: [ | back: ] 0
        LinkedList<string> withNull = new LinkedList<string>();
        withNull.AddLast(null);
        withNull.AddLast("x");
        Console.WriteLine(withNull.Remove(null) + " " + withNull); // expect: True x | back: x
    }
}
