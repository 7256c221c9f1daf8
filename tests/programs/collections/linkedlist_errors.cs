// LinkedList<T> errors: reusing a node that belongs to a list, removing a foreign node, emptying an empty list, changing during foreach.
// mono-differs: Mono 6.8 appends "\nParameter name: node" and says "Collection was modified; enumeration operation may not execute."
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var a = new LinkedList<int>();
        var b = new LinkedList<int>();
        LinkedListNode<int> n = a.AddLast(1);
        try
        {
            b.AddLast(n);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: The LinkedList node already belongs to a LinkedList.
        }
        try
        {
            b.Remove(n);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: The LinkedList node does not belong to current LinkedList.
        }
        try
        {
            b.AddAfter(n, 5);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: The LinkedList node does not belong to current LinkedList.
        }
        try
        {
            b.RemoveFirst();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: The LinkedList is empty.
        }
        try
        {
            b.RemoveLast();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: The LinkedList is empty.
        }
        try
        {
            a.AddBefore(null, 3);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentNullException: Value cannot be null. (Parameter 'node')
        }
        a.AddLast(2);
        try
        {
            foreach (int x in a)
                a.AddLast(x * 10);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Collection was modified after the enumerator was instantiated.
        }
        Console.WriteLine(string.Join(" ", a)); // expect: 1 2 10
        // Removing the current node while walking nodes by hand is fine if Next is read first.
        LinkedListNode<int> cur = a.First;
        while (cur != null)
        {
            LinkedListNode<int> next = cur.Next;
            if (cur.Value >= 2)
                a.Remove(cur);
            cur = next;
        }
        Console.WriteLine(string.Join(" ", a)); // expect: 1
    }
}
