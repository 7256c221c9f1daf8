// ?. giving a value type (the result is T?) and ?. on a T? receiver (§12.8.8).
using System;

class Node
{
    public int Depth = 4;
    public Node Next;
}

class Program
{
    static void Main()
    {
        string s = "abc";
        int? n = s?.Length;
        Console.WriteLine(n); // expect: 3
        s = null;
        Console.WriteLine(s?.Length == null); // expect: True
        int? m = 5;
        Console.WriteLine(m?.ToString() + "|" + ((int?)null)?.ToString() + "|"); // expect: 5||
        Node a = new Node();
        a.Next = new Node();
        a.Next.Depth = 9;
        Console.WriteLine(a.Next?.Depth ?? -1); // expect: 9
        Console.WriteLine(a.Next.Next?.Depth ?? -1); // expect: -1
        int? len = a.Next?.Next?.Depth;
        Console.WriteLine(len.HasValue); // expect: False
        DateKind? k = DateKind.Utc;
        Console.WriteLine(k?.GetHashCode() > 0); // expect: True
    }
}

enum DateKind { Local, Utc }
