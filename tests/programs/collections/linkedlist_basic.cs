// LinkedList<T>: AddFirst, AddLast, AddBefore, AddAfter, Remove, RemoveFirst/Last, First, Last, node Next/Previous/Value/List, Find, FindLast, foreach.
using System;
using System.Collections.Generic;

class Program
{
    static string Show(LinkedList<string> l)
    {
        return l.Count + " [" + string.Join(" ", l) + "]";
    }

    static void Main()
    {
        var l = new LinkedList<string>();
        l.AddLast("b");
        l.AddFirst("a");
        LinkedListNode<string> d = l.AddLast("d");
        l.AddBefore(d, "c");
        l.AddAfter(d, "e");
        Console.WriteLine(Show(l)); // expect: 5 [a b c d e]
        Console.WriteLine(l.First.Value + " " + l.Last.Value); // expect: a e
        Console.WriteLine(l.First.Previous == null); // expect: True
        Console.WriteLine(l.Last.Next == null); // expect: True
        Console.WriteLine(d.Previous.Value + " " + d.Next.Value + " " + (d.List == l)); // expect: c e True
        for (LinkedListNode<string> n = l.Last; n != null; n = n.Previous)
            Console.Write(n.Value);
        Console.WriteLine(); // expect: edcba
        LinkedListNode<string> found = l.Find("c");
        found.Value = "C";
        Console.WriteLine(Show(l)); // expect: 5 [a b C d e]
        Console.WriteLine(l.Find("zzz") == null); // expect: True
        l.AddLast("b");
        Console.WriteLine(l.Find("b").Next.Value + " " + (l.FindLast("b").Next == null)); // expect: C True
        Console.WriteLine(l.Remove("b") + " " + l.Remove("zzz")); // expect: True False
        Console.WriteLine(Show(l)); // expect: 5 [a C d e b]
        l.Remove(d);
        Console.WriteLine(Show(l) + " " + (d.List == null) + " " + (d.Next == null)); // expect: 4 [a C e b] True True
        l.AddFirst(d);
        Console.WriteLine(Show(l)); // expect: 5 [d a C e b]
        l.RemoveFirst();
        l.RemoveLast();
        Console.WriteLine(Show(l) + " " + l.Contains("C") + " " + l.Contains("d")); // expect: 3 [a C e] True False
        var node = new LinkedListNode<string>("x");
        l.AddAfter(l.First, node);
        Console.WriteLine(Show(l) + " " + node.Previous.Value); // expect: 4 [a x C e] a
        string[] arr = new string[4];
        l.CopyTo(arr, 0);
        Console.WriteLine(string.Join(",", arr)); // expect: a,x,C,e
        var ints = new LinkedList<int>(new int[] { 1, 2, 3 });
        int sum = 0;
        foreach (int i in ints)
            sum += i;
        Console.WriteLine(sum + " " + ints.Count); // expect: 6 3
        ints.Clear();
        Console.WriteLine(ints.Count + " " + (ints.First == null) + " " + (ints.Last == null)); // expect: 0 True True
        var one = new LinkedList<int>();
        LinkedListNode<int> only = one.AddFirst(7);
        Console.WriteLine((one.First == one.Last) + " " + (only.Next == null) + " " + (only.Previous == null)); // expect: True True True
    }
}
